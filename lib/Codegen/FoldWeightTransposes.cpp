//===- FoldWeightTransposes.cpp - The prune-fold-weight-transposes pass ---===//
//
// Replaces each linalg.transpose of a constant (used by nothing else) with a
// constant holding the transposed elements. The TOSA lowering of an ONNX or
// torch fully connected layer transposes its [out, in] weight on every call;
// folded, the contraction reads the weight in the order it needs and the
// only cost is one transposition at compile time, on the raw bytes.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"

#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/PatternMatch.h"

#include <cstring>

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEFOLDWEIGHTTRANSPOSES
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// Transposes the row-major elements `in` of `shape` (each `width` bytes)
/// into `out`: result dimension i is input dimension `perm[i]`.
static void transposeBytes(ArrayRef<char> in, MutableArrayRef<char> out,
                           ArrayRef<int64_t> shape, ArrayRef<int64_t> perm,
                           int64_t width) {
  int64_t rank = shape.size();
  SmallVector<int64_t> inStrides(rank, 1);
  for (int64_t d = rank - 2; d >= 0; --d)
    inStrides[d] = inStrides[d + 1] * shape[d + 1];
  SmallVector<int64_t> outShape, stride;
  for (int64_t p : perm) {
    outShape.push_back(shape[p]);
    stride.push_back(inStrides[p]);
  }
  // Walk the result in order, keeping the input offset of the current index
  // up to date; the innermost dimension is a strided copy.
  SmallVector<int64_t> index(rank, 0);
  int64_t inner = outShape.back(), innerStride = stride.back() * width;
  int64_t total = static_cast<int64_t>(out.size()) / width;
  int64_t offset = 0;
  char *dst = out.data();
  for (int64_t done = 0; done < total; done += inner) {
    const char *src = in.data() + offset * width;
    for (int64_t k = 0; k < inner; ++k, dst += width, src += innerStride)
      std::memcpy(dst, src, width);
    for (int64_t d = rank - 2; d >= 0; --d) {
      offset += stride[d];
      if (++index[d] < outShape[d])
        break;
      offset -= stride[d] * outShape[d];
      index[d] = 0;
    }
  }
}

/// Replaces `op` by a constant when its input is a constant with no other
/// use.
static LogicalResult foldConstantTranspose(RewriterBase &rewriter,
                                           linalg::TransposeOp op) {
  {
    if (!op.hasPureTensorSemantics())
      return failure();
    Value input = op.getInput();
    Operation *constant = input.getDefiningOp();
    // A constant with other users would be stored twice.
    if (!constant || !prune::isConstantTensorOp(constant) || !input.hasOneUse())
      return failure();
    auto inputType = dyn_cast<RankedTensorType>(input.getType());
    auto resultType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
    if (!inputType || !resultType || !inputType.hasStaticShape() ||
        inputType.getEncoding() || resultType.getEncoding())
      return failure();
    Type element = inputType.getElementType();
    if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0)
      return failure();

    std::string error;
    bool isResource = false;
    FailureOr<DenseElementsAttr> dense =
        prune::getDenseConstant(constant, error, &isResource);
    if (failed(dense))
      return failure();
    TypedAttr folded;
    if (dense->isSplat()) {
      folded = dense->resizeSplat(resultType);
    } else {
      ArrayRef<char> in = dense->getRawData();
      int64_t width = element.getIntOrFloatBitWidth() / 8;
      if (static_cast<int64_t>(in.size()) != inputType.getNumElements() * width)
        return failure();
      if (isResource) {
        AsmResourceBlob blob =
            HeapAsmResourceBlob::allocate(in.size(), alignof(uint64_t));
        transposeBytes(in, blob.getMutableData(), inputType.getShape(),
                       op.getPermutation(), width);
        folded = DenseResourceElementsAttr::get(resultType, "transposed",
                                                std::move(blob));
      } else {
        std::vector<char> out(in.size());
        transposeBytes(in, out, inputType.getShape(), op.getPermutation(),
                       width);
        folded = DenseElementsAttr::getFromRawBuffer(resultType, out);
      }
    }
    rewriter.setInsertionPoint(constant);
    Value replacement =
        arith::ConstantOp::create(rewriter, op.getLoc(), resultType, folded);
    rewriter.replaceOp(op, replacement);
    rewriter.eraseOp(constant);
    return success();
  }
}

struct PruneFoldWeightTransposesPass
    : public prune::impl::PruneFoldWeightTransposesBase<
          PruneFoldWeightTransposesPass> {
  using Base::Base;

  void runOnOperation() override {
    // One walk, no greedy driver: each fold is final and the constants can
    // be large, so nothing should revisit them.
    SmallVector<linalg::TransposeOp> transposes;
    getOperation().walk(
        [&](linalg::TransposeOp op) { transposes.push_back(op); });
    IRRewriter rewriter(&getContext());
    for (linalg::TransposeOp op : transposes)
      if (succeeded(foldConstantTranspose(rewriter, op)))
        ++numFolded;
  }
};

} // namespace
