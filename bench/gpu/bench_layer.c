// bench_layer.c - times one 4096x4096 sparse layer compiled by
// prune-compile-gpu (the object defines _mlir_ciface_layer), y = W x with W
// in CSR passed at run time (generated here, not carried in the bundle) and
// x of BATCH columns. Each call is what the generated code does: copy W and
// x to the GPU, compute (cuSPARSE or generated kernels), copy y back.
//
// Usage: bench_layer IMPL_NAME [SPARSITY...]   (CSV on stdout)
#include "bench_common.h"

#ifndef BATCH
#error "compile with -DBATCH=1 or -DBATCH=256"
#endif

typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[1], strides[1];
} MemRef1D;
typedef struct {
  void *allocated, *aligned;
  int64_t offset, sizes[2], strides[2];
} MemRef2D;

#if BATCH == 1
typedef MemRef1D Activations;
static Activations activations(float *data) {
  Activations m = {data, data, 0, {kRows}, {1}};
  return m;
}
#else
typedef MemRef2D Activations;
static Activations activations(float *data) {
  Activations m = {data, data, 0, {kRows, BATCH}, {BATCH, 1}};
  return m;
}
#endif

void _mlir_ciface_layer(Activations *result, MemRef1D *pos, MemRef1D *crd,
                        MemRef1D *val, Activations *x, Activations *y);

typedef struct {
  MemRef1D pos, crd, val;
  Activations x, y;
  float *lastResult;
} Call;

static void runLayer(void *ctx) {
  Call *c = ctx;
  Activations result;
  _mlir_ciface_layer(&result, &c->pos, &c->crd, &c->val, &c->x, &c->y);
  if (c->lastResult) {
    memcpy(c->lastResult, (float *)result.aligned + result.offset,
           sizeof(float) * kRows * BATCH);
  }
  // The result may be y's own buffer (MLIR bufferizes the output in place
  // into a writable argument): then it is not ours to free, and later calls
  // accumulate into it, which costs the same.
  if (result.allocated != c->y.allocated)
    free(result.allocated);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s IMPL_NAME [SPARSITY...]\n", argv[0]);
    return 2;
  }
  double sparsities[32];
  int count = parseSparsities(argc, argv, 2, sparsities);
  float *x = makeInput(BATCH);
  float *zeros = calloc((size_t)kRows * BATCH, sizeof(float));
  float *y = malloc(sizeof(float) * kRows * BATCH);
  for (int s = 0; s < count; ++s) {
    Weight w = makeWeight(sparsities[s], /*withDense=*/0);
    Call c;
    MemRef1D pos = {w.pos, w.pos, 0, {kRows + 1}, {1}};
    MemRef1D crd = {w.crd, w.crd, 0, {w.nnz}, {1}};
    MemRef1D val = {w.val, w.val, 0, {w.nnz}, {1}};
    c.pos = pos;
    c.crd = crd;
    c.val = val;
    c.x = activations(x);
    memset(zeros, 0, sizeof(float) * kRows * BATCH);
    c.y = activations(zeros); // y = W x + 0 for the checked first call
    c.lastResult = y;
    runLayer(&c); // also the check
    double err = checkResult(&w, x, y, BATCH);
    c.lastResult = NULL;
    double median, minimum;
    int reps = 20;
    timeCalls(runLayer, &c, 3, reps, &median, &minimum);
    report(argv[1], BATCH, sparsities[s], w.nnz, median, minimum, reps, err);
    freeWeight(&w);
  }
  free(x);
  free(zeros);
  free(y);
  return 0;
}
