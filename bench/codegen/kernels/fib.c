// Recursive Fibonacci: call overhead and the self-recursion `f(a) + f(b)`.
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  volatile int n = 37;  // not a compile-time constant, as in the Scala program
  printf("%d\n", fib(n));
  return 0;
}
