// N-body (the benchmarks game's five planets), doubles in a buffer: 7 fields per body.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static long long run(int steps) {
  const int bodies = 5;
  double *s = malloc(bodies * 56);
  const double pi = 3.141592653589793;
  const double solarMass = 4 * pi * pi;
  const double daysPerYear = 365.24;
  const double init[35] = {
      0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solarMass,
      4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
      -6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass,
      8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
      2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass,
      1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
      -2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass,
      1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
      -9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass};
  for (int i = 0; i < bodies * 7; i++) s[i] = init[i];
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < bodies; i++) {
    double *b = s + i * 7;
    px += b[3] * b[6];
    py += b[4] * b[6];
    pz += b[5] * b[6];
  }
  s[3] = -px / solarMass;
  s[4] = -py / solarMass;
  s[5] = -pz / solarMass;
  const double dt = 0.01;
  for (int step = 0; step < steps; step++) {
    for (int i = 0; i < bodies; i++) {
      double *bi = s + i * 7;
      for (int j = i + 1; j < bodies; j++) {
        double *bj = s + j * 7;
        double dx = bi[0] - bj[0], dy = bi[1] - bj[1], dz = bi[2] - bj[2];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        double mi = bi[6] * mag, mj = bj[6] * mag;
        bi[3] = bi[3] - dx * mj;
        bi[4] = bi[4] - dy * mj;
        bi[5] = bi[5] - dz * mj;
        bj[3] = bj[3] + dx * mi;
        bj[4] = bj[4] + dy * mi;
        bj[5] = bj[5] + dz * mi;
      }
    }
    for (int i = 0; i < bodies; i++) {
      double *b = s + i * 7;
      b[0] = b[0] + dt * b[3];
      b[1] = b[1] + dt * b[4];
      b[2] = b[2] + dt * b[5];
    }
  }
  double e = 0.0;
  for (int i = 0; i < bodies; i++) {
    double *bi = s + i * 7;
    double vx = bi[3], vy = bi[4], vz = bi[5];
    e += 0.5 * bi[6] * (vx * vx + vy * vy + vz * vz);
    for (int j = i + 1; j < bodies; j++) {
      double *bj = s + j * 7;
      double dx = bi[0] - bj[0], dy = bi[1] - bj[1], dz = bi[2] - bj[2];
      e -= bi[6] * bj[6] / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  free(s);
  return (long long)(e * 1e9);
}

int main(void) {
  volatile int steps = 1000000;
  printf("%lld\n", run(steps));
  return 0;
}
