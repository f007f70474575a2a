// An open-addressing hash table of int keys and values: masked probes, loads and stores.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  volatile int size = 1 << 16;
  const int slots = size;
  const int mask = slots - 1;
  int64_t found = 0;
  int32_t *t = calloc(slots, 8);  // zeroed, as a fresh segment is
  for (int round = 0; round < 60; round++) {
    for (int i = 0; i < slots; i++) t[i * 2] = 0;
    uint32_t x = (uint32_t)round;
    for (int i = 0; i < 40000; i++) {
      x = x * 1103515245u + 12345u;
      int32_t key = (int32_t)((x >> 1) | 1);
      int h = (int)(((uint32_t)key * 0x9E3779B1u) >> 16) & mask;
      while (t[h * 2] != 0 && t[h * 2] != key) h = (h + 1) & mask;
      t[h * 2] = key;
      t[h * 2 + 1] = (int32_t)((uint32_t)t[h * 2 + 1] + (uint32_t)i);
    }
    x = (uint32_t)round;
    for (int i = 0; i < 40000; i++) {
      x = x * 1103515245u + 12345u;
      int32_t key = (int32_t)((x >> 1) | 1);
      int h = (int)(((uint32_t)key * 0x9E3779B1u) >> 16) & mask;
      while (t[h * 2] != key) h = (h + 1) & mask;
      found += t[h * 2 + 1];
    }
  }
  free(t);
  printf("%lld\n", (long long)found);
  return 0;
}
