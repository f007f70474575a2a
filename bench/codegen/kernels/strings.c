// String building: formatting numbers into a fresh string, then reading the built strings back.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  volatile int count = 200000;
  long long total = 0;
  for (int i = 0; i < count; i++) {
    char buf[48];
    int len = snprintf(buf, sizeof buf, "key%d=%d;", i, i * 7);
    char *line = malloc(len + 1);  // a new string each time, as the Scala program builds one
    memcpy(line, buf, len + 1);
    total += len;
    total += line[len - 2];
    free(line);
  }
  printf("%lld\n", total);
  return 0;
}
