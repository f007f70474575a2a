// Matrix multiplication of 200x200 doubles: a triple loop of loads, multiplies and adds.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  volatile int size = 200;
  const int n = size;
  double *a = malloc(n * n * 8), *b = malloc(n * n * 8), *c = malloc(n * n * 8);
  double sum = 0.0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      a[i * n + j] = (double)((i * j) % 7);
      b[i * n + j] = (double)((i + 2 * j) % 5);
    }
  for (int round = 0; round < 5; round++) {
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) {
        double acc = 0.0;
        for (int k = 0; k < n; k++) acc += a[i * n + k] * b[k * n + j];
        c[i * n + j] = acc + round;
      }
    for (int i = 0; i < n * n; i++) sum += c[i];
  }
  free(a); free(b); free(c);
  printf("%lld\n", (long long)sum);
  return 0;
}
