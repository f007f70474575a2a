// CRC-32 over 1 MiB of pseudo-random bytes, ten times, through a 256-entry table.
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

int main(void) {
  volatile int size = 1 << 20;
  int n = size;
  uint32_t *table = malloc(256 * 4);
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  signed char *data = malloc(n);
  uint32_t x = 12345;
  for (int i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    data[i] = (signed char)(x >> 16);
  }
  uint32_t crc = 0;
  for (int round = 0; round < 10; round++) {
    crc = 0xFFFFFFFFu;
    for (int i = 0; i < n; i++) crc = table[(crc ^ (uint32_t)(int32_t)data[i]) & 0xFF] ^ (crc >> 8);
    crc = ~crc;
  }
  printf("%d\n", (int32_t)crc);
  return 0;
}
