/*===- PruneCuda.h - C API of libPruneCudaRuntime.so for target=gpu code -===*\
|*                                                                            *|
|* Code built with prune-compile{target=gpu} keeps its weights on the GPU      *|
|* from the first call on, and allocates its buffers (its results included)  *|
|* in CUDA managed memory through libPruneCudaRuntime.so. A caller:           *|
|*                                                                            *|
|*   - passes ordinary host buffers as arguments (they are copied on entry); *|
|*   - reads results on the host as they are (managed memory), and frees     *|
|*     each result's allocated pointer with _mlir_memref_to_llvm_free, not   *|
|*     free();                                                                *|
|*   - calls pruneCudaRelease() when done with a model (before dlclose of   *|
|*     its library, whose constants are keyed by address): the weights'     *|
|*     GPU copies and the kept buffers are freed; a later call uploads the   *|
|*     weights again.                                                         *|
|*                                                                            *|
|* Without a usable GPU, the first call prints                                *|
|* "PruneCudaRuntime: no usable CUDA device" and exits with status 1.         *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef PRUNE_RUNTIME_PRUNECUDA_H
#define PRUNE_RUNTIME_PRUNECUDA_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Frees a buffer the model allocated (a result's `allocated` pointer).
void _mlir_memref_to_llvm_free(void *buffer);

/// Frees the GPU copies of every model's weights and the buffers kept for
/// reuse between calls.
void pruneCudaRelease(void);

#ifdef __cplusplus
}
#endif

#endif /* PRUNE_RUNTIME_PRUNECUDA_H */
