// Sieve of Eratosthenes over a byte buffer, five rounds: byte stores in a strided loop and a constant fill.
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  volatile int size = 2000000;
  int n = size;
  int total = 0;
  signed char *s = malloc(n);
  for (int round = 0; round < 5; round++) {
    for (int i = 0; i < n; i++) s[i] = 1;
    s[0] = 0;
    s[1] = 0;
    for (int i = 2; i < n; i++) {
      if (s[i] != 0) {
        for (int j = i + i; j < n; j += i) s[j] = 0;
      }
    }
    int count = 0;
    for (int i = 0; i < n; i++) count += s[i];
    total += count;
  }
  free(s);
  printf("%d\n", total);
  return 0;
}
