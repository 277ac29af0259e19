// An application with a function of its own named `forward`, linked with a
// model library whose entry point is _mlir_ciface_forward: the library must
// call its own `forward`, not this one.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  float *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} Memref2;

void _mlir_ciface_forward(Memref2 *result, Memref2 *input);

static int calls;
void *forward(void) { // the application's own, unrelated function
  ++calls;
  return NULL;
}

int main(void) {
  static float x[3 * 64];
  Memref2 in = {x, x, 0, {3, 64}, {64, 1}}, out = {0};
  _mlir_ciface_forward(&out, &in);
  printf("application's forward called %d times; result %lld x %lld\n", calls,
         (long long)out.sizes[0], (long long)out.sizes[1]);
  free(out.allocated);
  return 0;
}
