// bench_vendor.c - the vendor baselines for the 4096x4096 layer, y = W x
// with x of BATCH columns (feature-major, as the MLIR-built layer):
//
//   cublas-dense-resident   W dense on the GPU once; per call SGEMV/SGEMM only
//   cublas-dense-e2e        per call: copy dense W and x in, SGEMV/SGEMM, y out
//                           (what the MLIR-generated sparse code does with CSR)
//   cusparse-csr-resident   W in CSR on the GPU once; per call SpMV/SpMM only
//
// cuBLAS is opened with dlopen (libcublas.so.13/.12); memory, streams and
// cuSPARSE go through libPruneCudaRuntime.so's mgpu* functions, i.e. the
// same primary context and wrappers the generated code uses. FP32 throughout
// (cuBLAS default math mode, no TF32).
//
// Usage: bench_vendor BATCH [SPARSITY...]   (CSV on stdout)
#include "bench_common.h"

#include <dlfcn.h>
#include <stdbool.h>

// libPruneCudaRuntime.so
void *mgpuStreamCreate(void);
void mgpuStreamSynchronize(void *stream);
void *mgpuMemAlloc(uint64_t bytes, void *stream, bool hostShared);
void mgpuMemFree(void *ptr, void *stream);
void mgpuMemcpy(void *dst, void *src, size_t bytes, void *stream);
void mgpuMemset32(void *dst, unsigned value, size_t count, void *stream);
void *mgpuCreateCsr(intptr_t rows, intptr_t cols, intptr_t nnz, void *pos,
                    void *crd, void *val, int32_t ptp, int32_t itp,
                    int32_t dtp, void *stream);
void *mgpuCreateDnVec(intptr_t size, void *values, int32_t dtp, void *stream);
void *mgpuCreateDnMat(intptr_t rows, intptr_t cols, void *values, int32_t dtp,
                      void *stream);
intptr_t mgpuSpMVBufferSize(int32_t ma, void *a, void *x, void *y, int32_t ctp,
                            void *stream);
void mgpuSpMV(int32_t ma, void *a, void *x, void *y, int32_t ctp, void *buf,
              void *stream);
intptr_t mgpuSpMMBufferSize(int32_t ma, int32_t mb, void *a, void *b, void *c,
                            int32_t ctp, void *stream);
void mgpuSpMM(int32_t ma, int32_t mb, void *a, void *b, void *c, int32_t ctp,
              void *buf, void *stream);
void mgpuDestroySpMat(void *m, void *stream);
void mgpuDestroyDnVec(void *v, void *stream);
void mgpuDestroyDnMat(void *m, void *stream);

enum { CUDA_R_32F = 0, CUSPARSE_INDEX_32I = 2, CUBLAS_OP_N = 0,
       CUBLAS_OP_T = 1 };

// cuBLAS, declared here (cublas_api.h).
static int (*cublasCreate)(void **);
static int (*cublasSetStream)(void *, void *);
static int (*cublasSgemv)(void *, int, int, int, const float *, const float *,
                          int, const float *, int, const float *, float *,
                          int);
static int (*cublasSgemm)(void *, int, int, int, int, int, const float *,
                          const float *, int, const float *, int,
                          const float *, float *, int);

static int loadCublas(void) {
  const char *names[] = {"libcublas.so.13", "libcublas.so.12",
                         "libcublas.so", NULL};
  void *lib = NULL;
  for (const char **n = names; *n && !lib; ++n)
    lib = dlopen(*n, RTLD_NOW);
  if (!lib) {
    fprintf(stderr, "bench_vendor: cannot load cuBLAS (libcublas.so.13/.12): "
                    "%s\n", dlerror());
    return 0;
  }
  *(void **)&cublasCreate = dlsym(lib, "cublasCreate_v2");
  *(void **)&cublasSetStream = dlsym(lib, "cublasSetStream_v2");
  *(void **)&cublasSgemv = dlsym(lib, "cublasSgemv_v2");
  *(void **)&cublasSgemm = dlsym(lib, "cublasSgemm_v2");
  return cublasCreate && cublasSetStream && cublasSgemv && cublasSgemm;
}

static int batch;
static void *stream, *handle;
static const float one = 1.0f, zero = 0.0f;

#define CHECK_CUBLAS(expr)                                                     \
  do {                                                                         \
    int status_ = (expr);                                                      \
    if (status_) {                                                             \
      fprintf(stderr, "cuBLAS '%s' failed with %d\n", #expr, status_);         \
      exit(1);                                                                 \
    }                                                                          \
  } while (0)

/// y = W x with W dense row-major: column-major W^T. SGEMV with op T for
/// one column; for BATCH columns, Y^T (B x 4096) = X^T (B x 4096) W^T.
static void denseCompute(const float *dW, const float *dX, float *dY) {
  if (batch == 1)
    CHECK_CUBLAS(cublasSgemv(handle, CUBLAS_OP_T, kCols, kRows, &one, dW,
                             kCols, dX, 1, &zero, dY, 1));
  else
    CHECK_CUBLAS(cublasSgemm(handle, CUBLAS_OP_N, CUBLAS_OP_N, batch, kRows,
                             kCols, &one, dX, batch, dW, kCols, &zero, dY,
                             batch));
}

typedef struct {
  float *hW, *hX, *hY;
  float *dW, *dX, *dY;
} Dense;

static void denseResident(void *ctx) {
  Dense *d = ctx;
  denseCompute(d->dW, d->dX, d->dY);
  mgpuStreamSynchronize(stream);
}

static void denseEndToEnd(void *ctx) {
  Dense *d = ctx;
  mgpuMemcpy(d->dW, d->hW, sizeof(float) * kRows * kCols, stream);
  mgpuMemcpy(d->dX, d->hX, sizeof(float) * kCols * batch, stream);
  denseCompute(d->dW, d->dX, d->dY);
  mgpuMemcpy(d->hY, d->dY, sizeof(float) * kRows * batch, stream);
  mgpuStreamSynchronize(stream);
}

typedef struct {
  void *mat, *x, *y, *buffer;
  float *dY;
} Sparse;

/// cuSPARSE computes y = W x + y (beta = 1, as MLIR's wrappers do): y is
/// cleared first, which the timing includes (a 16 KiB-4 MiB memset).
static void sparseResident(void *ctx) {
  Sparse *s = ctx;
  mgpuMemset32(s->dY, 0, (size_t)kRows * batch, stream);
  if (batch == 1)
    mgpuSpMV(0, s->mat, s->x, s->y, CUDA_R_32F, s->buffer, stream);
  else
    mgpuSpMM(0, 0, s->mat, s->x, s->y, CUDA_R_32F, s->buffer, stream);
  mgpuStreamSynchronize(stream);
}

int main(int argc, char **argv) {
  if (argc < 2 || (atoi(argv[1]) != 1 && atoi(argv[1]) < 2)) {
    fprintf(stderr, "usage: %s BATCH [SPARSITY...]\n", argv[0]);
    return 2;
  }
  batch = atoi(argv[1]);
  double sparsities[32];
  int count = parseSparsities(argc, argv, 2, sparsities);
  int haveCublas = loadCublas();

  stream = mgpuStreamCreate();
  if (haveCublas) {
    CHECK_CUBLAS(cublasCreate(&handle));
    CHECK_CUBLAS(cublasSetStream(handle, stream));
  }
  float *x = makeInput(batch);
  float *y = malloc(sizeof(float) * kRows * batch);
  float *dX = mgpuMemAlloc(sizeof(float) * kCols * batch, stream, false);
  float *dY = mgpuMemAlloc(sizeof(float) * kRows * batch, stream, false);
  float *dW = mgpuMemAlloc(sizeof(float) * kRows * kCols, stream, false);
  mgpuMemcpy(dX, x, sizeof(float) * kCols * batch, stream);

  for (int i = 0; i < count; ++i) {
    double sparsity = sparsities[i], median, minimum, err;
    Weight w = makeWeight(sparsity, /*withDense=*/haveCublas);

    if (haveCublas) {
      Dense d = {w.dense, x, y, dW, dX, dY};
      denseEndToEnd(&d); // copies W too; also the check
      err = checkResult(&w, x, y, batch);
      timeCalls(denseResident, &d, 5, 100, &median, &minimum);
      report("cublas-dense-resident", batch, sparsity, w.nnz, median, minimum,
             100, err);
      timeCalls(denseEndToEnd, &d, 3, 20, &median, &minimum);
      report("cublas-dense-e2e", batch, sparsity, w.nnz, median, minimum, 20,
             err);
    }

    int32_t *dPos = mgpuMemAlloc(sizeof(int32_t) * (kRows + 1), stream, false);
    int32_t *dCrd = mgpuMemAlloc(sizeof(int32_t) * w.nnz, stream, false);
    float *dVal = mgpuMemAlloc(sizeof(float) * w.nnz, stream, false);
    mgpuMemcpy(dPos, w.pos, sizeof(int32_t) * (kRows + 1), stream);
    mgpuMemcpy(dCrd, w.crd, sizeof(int32_t) * w.nnz, stream);
    mgpuMemcpy(dVal, w.val, sizeof(float) * w.nnz, stream);
    Sparse s;
    s.dY = dY;
    s.mat = mgpuCreateCsr(kRows, kCols, w.nnz, dPos, dCrd, dVal,
                          CUSPARSE_INDEX_32I, CUSPARSE_INDEX_32I, CUDA_R_32F,
                          stream);
    intptr_t bytes;
    if (batch == 1) {
      s.x = mgpuCreateDnVec(kCols, dX, CUDA_R_32F, stream);
      s.y = mgpuCreateDnVec(kRows, dY, CUDA_R_32F, stream);
      bytes = mgpuSpMVBufferSize(0, s.mat, s.x, s.y, CUDA_R_32F, stream);
    } else {
      s.x = mgpuCreateDnMat(kCols, batch, dX, CUDA_R_32F, stream);
      s.y = mgpuCreateDnMat(kRows, batch, dY, CUDA_R_32F, stream);
      bytes = mgpuSpMMBufferSize(0, 0, s.mat, s.x, s.y, CUDA_R_32F, stream);
    }
    s.buffer = mgpuMemAlloc(bytes > 0 ? bytes : 1, stream, false);
    sparseResident(&s);
    mgpuMemcpy(y, dY, sizeof(float) * kRows * batch, stream);
    mgpuStreamSynchronize(stream);
    err = checkResult(&w, x, y, batch);
    timeCalls(sparseResident, &s, 5, 100, &median, &minimum);
    report("cusparse-csr-resident", batch, sparsity, w.nnz, median, minimum,
           100, err);
    mgpuDestroySpMat(s.mat, stream);
    if (batch == 1) {
      mgpuDestroyDnVec(s.x, stream);
      mgpuDestroyDnVec(s.y, stream);
    } else {
      mgpuDestroyDnMat(s.x, stream);
      mgpuDestroyDnMat(s.y, stream);
    }
    mgpuMemFree(s.buffer, stream);
    mgpuMemFree(dPos, stream);
    mgpuMemFree(dCrd, stream);
    mgpuMemFree(dVal, stream);
    freeWeight(&w);
  }
  return 0;
}
