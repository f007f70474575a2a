// Insertion sort of 20,000 ints: a data-dependent inner loop with `&&` in its condition.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

int main(void) {
  volatile int size = 20000;
  int n = size;
  int32_t *s = malloc(n * 4);
  uint32_t x = 42;
  for (int i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    s[i] = (int32_t)(x >> 8);
  }
  for (int i = 1; i < n; i++) {
    int32_t key = s[i];
    int j = i - 1;
    while (j >= 0 && s[j] > key) {
      s[j + 1] = s[j];
      j -= 1;
    }
    s[j + 1] = key;
  }
  uint64_t check = 0;
  for (int i = 0; i < n; i++) check = check * 31 + (uint64_t)(int64_t)s[i];
  printf("%lld\n", (long long)check);
  return 0;
}
