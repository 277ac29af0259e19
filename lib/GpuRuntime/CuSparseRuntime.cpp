//===- CuSparseRuntime.cpp - The mgpu* cuSPARSE entry points --------------===//
//
// The sparse half of libPruneCudaRuntime.so: MLIR's gpu.spmv, gpu.spmm, ...
// lower to mgpuSpMV, mgpuSpMM, ...; these call cuSPARSE (libcusparse.so.12),
// opened with dlopen on first use and declared here, so the library needs no
// CUDA headers. Built when PRUNE_CUDA_RUNTIME_CUSPARSE is on.
//
//===----------------------------------------------------------------------===//

#include "CudaDriver.h"

#ifdef PRUNE_CUDA_RUNTIME_CUSPARSE

using namespace prune::cuda;

//===----------------------------------------------------------------------===//
// cuSPARSE (libcusparse.so.12), declared here (values from cusparse.h and
// library_types.h, CUDA 12/13 ABI).
//===----------------------------------------------------------------------===//

namespace {

using cusparseStatus_t = int;
using cusparseHandle_t = void *;
using Descr = void *; // cusparse{Sp,Dn}MatDescr_t, DnVecDescr_t, SpGEMMDescr_t

constexpr int CUSPARSE_INDEX_BASE_ZERO = 0;
constexpr int CUSPARSE_ORDER_ROW = 2;
constexpr int CUSPARSE_SPMV_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SPMM_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SDDMM_ALG_DEFAULT = 0;
constexpr int CUSPARSE_SPGEMM_DEFAULT = 0;

// cudaDataType values.
constexpr int CUDA_R_32F = 0, CUDA_R_64F = 1, CUDA_R_16F = 2, CUDA_C_32F = 4,
              CUDA_C_64F = 5, CUDA_C_16F = 6, CUDA_R_16BF = 14,
              CUDA_C_16BF = 15;

struct CuSparse {
  cusparseStatus_t (*create)(cusparseHandle_t *);
  cusparseStatus_t (*destroy)(cusparseHandle_t);
  cusparseStatus_t (*setStream)(cusparseHandle_t, CUstream);
  const char *(*getErrorString)(cusparseStatus_t);
  cusparseStatus_t (*createDnVec)(Descr *, int64_t, void *, int);
  cusparseStatus_t (*destroyDnVec)(Descr);
  cusparseStatus_t (*createDnMat)(Descr *, int64_t, int64_t, int64_t, void *,
                                  int, int);
  cusparseStatus_t (*destroyDnMat)(Descr);
  cusparseStatus_t (*createCoo)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int);
  cusparseStatus_t (*createCsr)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int, int);
  cusparseStatus_t (*createCsc)(Descr *, int64_t, int64_t, int64_t, void *,
                                void *, void *, int, int, int, int);
  cusparseStatus_t (*createBsr)(Descr *, int64_t, int64_t, int64_t, int64_t,
                                int64_t, void *, void *, void *, int, int, int,
                                int, int);
  cusparseStatus_t (*destroySpMat)(Descr);
  cusparseStatus_t (*spMVBufferSize)(cusparseHandle_t, int, const void *,
                                     Descr, Descr, const void *, Descr, int,
                                     int, size_t *);
  cusparseStatus_t (*spMV)(cusparseHandle_t, int, const void *, Descr, Descr,
                           const void *, Descr, int, int, void *);
  cusparseStatus_t (*spMMBufferSize)(cusparseHandle_t, int, int, const void *,
                                     Descr, Descr, const void *, Descr, int,
                                     int, size_t *);
  cusparseStatus_t (*spMM)(cusparseHandle_t, int, int, const void *, Descr,
                           Descr, const void *, Descr, int, int, void *);
  cusparseStatus_t (*sddmmBufferSize)(cusparseHandle_t, int, int, const void *,
                                      Descr, Descr, const void *, Descr, int,
                                      int, size_t *);
  cusparseStatus_t (*sddmm)(cusparseHandle_t, int, int, const void *, Descr,
                            Descr, const void *, Descr, int, int, void *);
  cusparseStatus_t (*spGEMMCreateDescr)(Descr *);
  cusparseStatus_t (*spGEMMDestroyDescr)(Descr);
  cusparseStatus_t (*spGEMMWorkEstimation)(cusparseHandle_t, int, int,
                                           const void *, Descr, Descr,
                                           const void *, Descr, int, int,
                                           Descr, size_t *, void *);
  cusparseStatus_t (*spGEMMCompute)(cusparseHandle_t, int, int, const void *,
                                    Descr, Descr, const void *, Descr, int,
                                    int, Descr, size_t *, void *);
  cusparseStatus_t (*spGEMMCopy)(cusparseHandle_t, int, int, const void *,
                                 Descr, Descr, const void *, Descr, int, int,
                                 Descr);
  cusparseStatus_t (*spMatGetSize)(Descr, int64_t *, int64_t *, int64_t *);
  cusparseStatus_t (*csrSetPointers)(Descr, void *, void *, void *);
};

const CuSparse &cusparse() {
  static const CuSparse *instance = []() -> const CuSparse * {
    static const char *const names[] = {"libcusparse.so.12", "libcusparse.so",
                                        nullptr};
    void *lib = openLibrary("cuSPARSE library", names);
    if (!lib)
      return nullptr;
    static CuSparse s;
    bool ok = true;
    const char *n = "libcusparse";
    bind(lib, n, s.create, "cusparseCreate", ok);
    bind(lib, n, s.destroy, "cusparseDestroy", ok);
    bind(lib, n, s.setStream, "cusparseSetStream", ok);
    bind(lib, n, s.getErrorString, "cusparseGetErrorString", ok);
    bind(lib, n, s.createDnVec, "cusparseCreateDnVec", ok);
    bind(lib, n, s.destroyDnVec, "cusparseDestroyDnVec", ok);
    bind(lib, n, s.createDnMat, "cusparseCreateDnMat", ok);
    bind(lib, n, s.destroyDnMat, "cusparseDestroyDnMat", ok);
    bind(lib, n, s.createCoo, "cusparseCreateCoo", ok);
    bind(lib, n, s.createCsr, "cusparseCreateCsr", ok);
    bind(lib, n, s.createCsc, "cusparseCreateCsc", ok);
    bind(lib, n, s.createBsr, "cusparseCreateBsr", ok);
    bind(lib, n, s.destroySpMat, "cusparseDestroySpMat", ok);
    bind(lib, n, s.spMVBufferSize, "cusparseSpMV_bufferSize", ok);
    bind(lib, n, s.spMV, "cusparseSpMV", ok);
    bind(lib, n, s.spMMBufferSize, "cusparseSpMM_bufferSize", ok);
    bind(lib, n, s.spMM, "cusparseSpMM", ok);
    bind(lib, n, s.sddmmBufferSize, "cusparseSDDMM_bufferSize", ok);
    bind(lib, n, s.sddmm, "cusparseSDDMM", ok);
    bind(lib, n, s.spGEMMCreateDescr, "cusparseSpGEMM_createDescr", ok);
    bind(lib, n, s.spGEMMDestroyDescr, "cusparseSpGEMM_destroyDescr", ok);
    bind(lib, n, s.spGEMMWorkEstimation, "cusparseSpGEMM_workEstimation", ok);
    bind(lib, n, s.spGEMMCompute, "cusparseSpGEMM_compute", ok);
    bind(lib, n, s.spGEMMCopy, "cusparseSpGEMM_copy", ok);
    bind(lib, n, s.spMatGetSize, "cusparseSpMatGetSize", ok);
    bind(lib, n, s.csrSetPointers, "cusparseCsrSetPointers", ok);
    return ok ? &s : nullptr;
  }();
  return orExit(instance);
}

#define CUSPARSE_REPORT_IF_ERROR(expr)                                         \
  do {                                                                         \
    cusparseStatus_t status_ = (expr);                                         \
    if (status_ != 0)                                                          \
      std::fprintf(stderr, "cuSPARSE '%s' failed with '%s'\n", #expr,          \
                   cusparse().getErrorString(status_));                        \
  } while (false)

/// As CUDA_CHECK: results depend on it, so an error ends the program.
#define CUSPARSE_CHECK(expr)                                                   \
  do {                                                                         \
    cusparseStatus_t status_ = (expr);                                         \
    if (status_ != 0) {                                                        \
      std::fprintf(stderr, "cuSPARSE '%s' failed with '%s'\n", #expr,          \
                   cusparse().getErrorString(status_));                        \
      std::exit(EXIT_FAILURE);                                                 \
    }                                                                          \
  } while (false)

cusparseHandle_t sparseEnv = nullptr;

/// The process-wide handle, bound to `stream` for the next call.
cusparseHandle_t handleOn(CUstream stream) {
  if (!sparseEnv) {
    ScopedContext scopedContext;
    CUSPARSE_CHECK(cusparse().create(&sparseEnv));
  }
  CUSPARSE_CHECK(cusparse().setStream(sparseEnv, stream));
  return sparseEnv;
}

/// Host-side alpha = beta = 1 in the compute type `dtp` (complex: 1 + 0i).
struct UnitScalar {
  alignas(16) unsigned char bytes[16] = {0};
  explicit UnitScalar(int dtp) {
    switch (dtp) {
    case CUDA_R_16F:
    case CUDA_C_16F: {
      uint16_t one = 0x3C00; // IEEE half 1.0
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_16BF:
    case CUDA_C_16BF: {
      uint16_t one = 0x3F80; // bfloat16 1.0
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_32F:
    case CUDA_C_32F: {
      float one = 1.0f;
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    case CUDA_R_64F:
    case CUDA_C_64F:
    default: {
      double one = 1.0;
      std::memcpy(bytes, &one, sizeof(one));
      break;
    }
    }
  }
  const void *get() const { return bytes; }
};

} // namespace

MGPU_EXPORT void mgpuCreateSparseEnv() { (void)handleOn(nullptr); }

MGPU_EXPORT void mgpuDestroySparseEnv() {
  if (!sparseEnv)
    return;
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroy(sparseEnv));
  sparseEnv = nullptr;
}

MGPU_EXPORT void *mgpuCreateDnVec(intptr_t size, void *values, int32_t dtp,
                                  CUstream /*stream*/) {
  Descr vec = nullptr;
  CUSPARSE_CHECK(cusparse().createDnVec(&vec, size, values, dtp));
  return vec;
}

MGPU_EXPORT void mgpuDestroyDnVec(void *vec, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroyDnVec(vec));
}

/// Row-major, leading dimension = cols (what the sparsifier passes).
MGPU_EXPORT void *mgpuCreateDnMat(intptr_t rows, intptr_t cols, void *values,
                                  int32_t dtp, CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createDnMat(
      &mat, rows, cols, /*ld=*/cols, values, dtp, CUSPARSE_ORDER_ROW));
  return mat;
}

MGPU_EXPORT void mgpuDestroyDnMat(void *mat, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroyDnMat(mat));
}

MGPU_EXPORT void *mgpuCreateCoo(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *rowIdxs, void *colIdxs, void *values,
                                int32_t itp, int32_t dtp, CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createCoo(&mat, rows, cols, nnz, rowIdxs,
                                                colIdxs, values, itp,
                                                CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

/// cuSPARSE 12 removed the array-of-structs COO format.
MGPU_EXPORT void *mgpuCreateCooAoS(intptr_t, intptr_t, intptr_t, void *,
                                   void *, int32_t, int32_t, CUstream) {
  std::fprintf(stderr, "PruneCudaRuntime: mgpuCreateCooAoS: cuSPARSE 12 has "
                       "no COO AoS format\n");
  std::exit(EXIT_FAILURE);
}

MGPU_EXPORT void *mgpuCreateCsr(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *rowPos, void *colIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(
      cusparse().createCsr(&mat, rows, cols, nnz, rowPos, colIdxs, values, ptp,
                           itp, CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

MGPU_EXPORT void *mgpuCreateCsc(intptr_t rows, intptr_t cols, intptr_t nnz,
                                void *colPos, void *rowIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(
      cusparse().createCsc(&mat, rows, cols, nnz, colPos, rowIdxs, values, ptp,
                           itp, CUSPARSE_INDEX_BASE_ZERO, dtp));
  return mat;
}

MGPU_EXPORT void *mgpuCreateBsr(intptr_t brows, intptr_t bcols, intptr_t bnnz,
                                intptr_t rBlockSize, intptr_t cBlockSize,
                                void *rowPos, void *colIdxs, void *values,
                                int32_t ptp, int32_t itp, int32_t dtp,
                                CUstream /*stream*/) {
  Descr mat = nullptr;
  CUSPARSE_CHECK(cusparse().createBsr(
      &mat, brows, bcols, bnnz, rBlockSize, cBlockSize, rowPos, colIdxs,
      values, ptp, itp, CUSPARSE_INDEX_BASE_ZERO, dtp, CUSPARSE_ORDER_ROW));
  return mat;
}

MGPU_EXPORT void mgpuDestroySpMat(void *mat, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().destroySpMat(mat));
}

MGPU_EXPORT intptr_t mgpuSpMVBufferSize(int32_t ma, void *a, void *x, void *y,
                                        int32_t ctp, CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().spMVBufferSize(
      handleOn(stream), ma, one.get(), a, x, one.get(), y, ctp,
      CUSPARSE_SPMV_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSpMV(int32_t ma, void *a, void *x, void *y, int32_t ctp,
                          void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(cusparse().spMV(handleOn(stream), ma, one.get(), a,
                                           x, one.get(), y, ctp,
                                           CUSPARSE_SPMV_ALG_DEFAULT, buf));
}

MGPU_EXPORT intptr_t mgpuSpMMBufferSize(int32_t ma, int32_t mb, void *a,
                                        void *b, void *c, int32_t ctp,
                                        CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().spMMBufferSize(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPMM_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSpMM(int32_t ma, int32_t mb, void *a, void *b, void *c,
                          int32_t ctp, void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(
      cusparse().spMM(handleOn(stream), ma, mb, one.get(), a, b, one.get(), c,
                      ctp, CUSPARSE_SPMM_ALG_DEFAULT, buf));
}

MGPU_EXPORT intptr_t mgpuSDDMMBufferSize(int32_t ma, int32_t mb, void *a,
                                         void *b, void *c, int32_t ctp,
                                         CUstream stream) {
  UnitScalar one(ctp);
  size_t bufferSize = 0;
  CUSPARSE_CHECK(cusparse().sddmmBufferSize(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SDDMM_ALG_DEFAULT, &bufferSize));
  return bufferSize;
}

MGPU_EXPORT void mgpuSDDMM(int32_t ma, int32_t mb, void *a, void *b, void *c,
                           int32_t ctp, void *buf, CUstream stream) {
  UnitScalar one(ctp);
  ScopedContext scopedContext;
  ProfileScope timed(ProfileCuSparse, stream);
  CUSPARSE_CHECK(
      cusparse().sddmm(handleOn(stream), ma, mb, one.get(), a, b, one.get(), c,
                       ctp, CUSPARSE_SDDMM_ALG_DEFAULT, buf));
}

MGPU_EXPORT void *mgpuSpGEMMCreateDescr(CUstream /*stream*/) {
  Descr descr = nullptr;
  CUSPARSE_CHECK(cusparse().spGEMMCreateDescr(&descr));
  return descr;
}

MGPU_EXPORT void mgpuSpGEMMDestroyDescr(void *descr, CUstream /*stream*/) {
  CUSPARSE_REPORT_IF_ERROR(cusparse().spGEMMDestroyDescr(descr));
}

MGPU_EXPORT intptr_t mgpuSpGEMMWorkEstimation(void *descr, int32_t ma,
                                              int32_t mb, void *a, void *b,
                                              void *c, int32_t ctp,
                                              intptr_t bufferSize, void *buf,
                                              CUstream stream) {
  UnitScalar one(ctp);
  size_t size = bufferSize;
  CUSPARSE_CHECK(cusparse().spGEMMWorkEstimation(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr, &size, buf));
  return size;
}

MGPU_EXPORT intptr_t mgpuSpGEMMCompute(void *descr, int32_t ma, int32_t mb,
                                       void *a, void *b, void *c, int32_t ctp,
                                       intptr_t bufferSize, void *buf,
                                       CUstream stream) {
  UnitScalar one(ctp);
  size_t size = bufferSize;
  CUSPARSE_CHECK(cusparse().spGEMMCompute(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr, &size, buf));
  return size;
}

MGPU_EXPORT void mgpuSpGEMMCopy(void *descr, int32_t ma, int32_t mb, void *a,
                                void *b, void *c, int32_t ctp,
                                CUstream stream) {
  UnitScalar one(ctp);
  CUSPARSE_CHECK(cusparse().spGEMMCopy(
      handleOn(stream), ma, mb, one.get(), a, b, one.get(), c, ctp,
      CUSPARSE_SPGEMM_DEFAULT, descr));
}

/// `rows`, `cols`, `nnz` point to int64 results.
MGPU_EXPORT void mgpuSpMatGetSize(void *mat, void *rows, void *cols, void *nnz,
                                  CUstream /*stream*/) {
  CUSPARSE_CHECK(cusparse().spMatGetSize(
      mat, static_cast<int64_t *>(rows), static_cast<int64_t *>(cols),
      static_cast<int64_t *>(nnz)));
}

MGPU_EXPORT void mgpuSetCsrPointers(void *mat, void *rowPos, void *colIdxs,
                                    void *values, CUstream /*stream*/) {
  CUSPARSE_CHECK(
      cusparse().csrSetPointers(mat, rowPos, colIdxs, values));
}

#endif // PRUNE_CUDA_RUNTIME_CUSPARSE
