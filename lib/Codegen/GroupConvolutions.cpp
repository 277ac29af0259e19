//===- GroupConvolutions.cpp - The prune-group-convolutions pass ----------===//
//
// TOSA has no grouped convolution, so converters write one tosa.conv2d per
// group on a channel slice of the input and concatenate the results. A
// model with hundreds of groups (RegNet, ResNeXt) then has hundreds of
// convolutions, and compile time grows faster than their number: one-shot
// bufferization's conflict analysis compares the slices of the shared
// input and the concatenation's inserts pairwise. This pass gathers such a
// concatenation back into one loop over the groups, with the filters
// stacked once into a constant, before the TOSA lowering.
//
//===----------------------------------------------------------------------===//

#include "Prune/Codegen/Passes.h"
#include "Prune/Support/WeightStorage.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Utils/ConversionUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"

namespace mlir::prune {
#define GEN_PASS_DEF_PRUNEGROUPCONVOLUTIONS
#include "Prune/Codegen/Passes.h.inc"
} // namespace mlir::prune

using namespace mlir;

namespace {

/// A concatenation of per-group convolutions, as matched.
struct GroupedConvolution {
  tosa::ConcatOp concat;
  SmallVector<tosa::Conv2DOp> groups;
  /// The input all groups slice, [N, H, W, G * Cg].
  Value input;
  /// One group's filter [Fg, KH, KW, Cg] and output [N, OH, OW, Fg].
  RankedTensorType filterType, groupOutputType;
};

/// The channel offset of `slice` when it takes a channel range of `source`
/// whole in every other dimension, else std::nullopt.
static std::optional<int64_t> getChannelOffset(tosa::SliceOp slice,
                                               Value source) {
  if (slice.getInput1() != source)
    return std::nullopt;
  SmallVector<int64_t> start, size;
  if (!tosa::getConstShapeValues(slice.getStart().getDefiningOp(), start) ||
      !tosa::getConstShapeValues(slice.getSize().getDefiningOp(), size))
    return std::nullopt;
  auto sourceType = cast<RankedTensorType>(source.getType());
  int64_t channelDim = sourceType.getRank() - 1;
  for (int64_t d = 0; d < channelDim; ++d) {
    bool whole = size[d] == -1 || size[d] == sourceType.getDimSize(d);
    if (start[d] != 0 || !whole)
      return std::nullopt;
  }
  return start[channelDim];
}

/// Whether `a` and `b` have the same window and arithmetic.
static bool haveSameGeometry(tosa::Conv2DOp a, tosa::Conv2DOp b) {
  return a.getPad() == b.getPad() && a.getStride() == b.getStride() &&
         a.getDilation() == b.getDilation() &&
         a.getAccType() == b.getAccType() &&
         a.getWeight().getType() == b.getWeight().getType() &&
         a.getType() == b.getType();
}

/// Matches `concat` as a grouped convolution: every operand a float
/// tosa.conv2d used only there, of one geometry, with constant weight and
/// bias, reading consecutive channel slices of one input that together
/// cover it, with static sizes but the batch.
static std::optional<GroupedConvolution> matchGroups(tosa::ConcatOp concat) {
  auto resultType = cast<RankedTensorType>(concat.getType());
  if (resultType.getRank() != 4 || concat.getAxis() != 3 ||
      concat.getNumOperands() < 2)
    return std::nullopt;
  GroupedConvolution grouped{concat, {}, {}, {}, {}};
  for (Value operand : concat.getOperands()) {
    auto conv = operand.getDefiningOp<tosa::Conv2DOp>();
    if (!conv || !conv->hasOneUse())
      return std::nullopt;
    if (!grouped.groups.empty() && !haveSameGeometry(grouped.groups[0], conv))
      return std::nullopt;
    grouped.groups.push_back(conv);
  }
  tosa::Conv2DOp first = grouped.groups.front();
  auto slice = first.getInput().getDefiningOp<tosa::SliceOp>();
  if (!slice)
    return std::nullopt;
  grouped.input = slice.getInput1();
  auto inputType = dyn_cast<RankedTensorType>(grouped.input.getType());
  grouped.filterType = dyn_cast<RankedTensorType>(first.getWeight().getType());
  grouped.groupOutputType = dyn_cast<RankedTensorType>(first.getType());
  if (!inputType || !grouped.filterType || !grouped.groupOutputType ||
      !isa<FloatType>(inputType.getElementType()) ||
      inputType.getElementType() != grouped.filterType.getElementType() ||
      inputType.getElementType() != resultType.getElementType() ||
      !grouped.filterType.hasStaticShape() ||
      llvm::any_of(inputType.getShape().drop_front(), ShapedType::isDynamic) ||
      llvm::any_of(grouped.groupOutputType.getShape().drop_front(),
                   ShapedType::isDynamic))
    return std::nullopt;
  int64_t groupChannels = grouped.filterType.getDimSize(3);
  int64_t numGroups = grouped.groups.size();
  if (groupChannels * numGroups != inputType.getDimSize(3))
    return std::nullopt;
  for (auto [index, conv] : llvm::enumerate(grouped.groups)) {
    auto groupSlice = conv.getInput().getDefiningOp<tosa::SliceOp>();
    std::optional<int64_t> offset =
        groupSlice ? getChannelOffset(groupSlice, grouped.input) : std::nullopt;
    if (offset != static_cast<int64_t>(index) * groupChannels)
      return std::nullopt;
    Operation *weight = conv.getWeight().getDefiningOp();
    Operation *bias = conv.getBias().getDefiningOp();
    if (!weight || !bias || !prune::isConstantTensorOp(weight) ||
        !prune::isConstantTensorOp(bias))
      return std::nullopt;
    FailureOr<int64_t> inputZp = conv.getInputZeroPoint();
    FailureOr<int64_t> weightZp = conv.getWeightZeroPoint();
    if (failed(inputZp) || failed(weightZp) || *inputZp != 0 || *weightZp != 0)
      return std::nullopt;
  }
  return grouped;
}

/// The bytes of every element of the constant `op` (`count` of them, a
/// splat or a one-element broadcast expanded), or failure.
static FailureOr<std::vector<char>>
readElementBytes(Operation *op, int64_t count, int64_t width) {
  std::string error;
  FailureOr<DenseElementsAttr> dense = prune::getDenseConstant(op, error);
  if (failed(dense))
    return failure();
  ArrayRef<char> raw = dense->getRawData();
  std::vector<char> bytes(count * width);
  if (static_cast<int64_t>(raw.size()) == count * width) {
    llvm::copy(raw, bytes.begin());
  } else if (static_cast<int64_t>(raw.size()) == width) {
    for (int64_t i = 0; i < count; ++i)
      llvm::copy(raw, bytes.begin() + i * width);
  } else {
    return failure();
  }
  return bytes;
}

/// Stacks the groups' [Fg, KH, KW, Cg] filters as [G, KH, KW, Cg, Fg] (each
/// group's filter in the HWCF order of linalg.conv_2d_nhwc_hwcf) and their
/// biases as [G * Fg]; failure when a constant cannot be read.
static FailureOr<std::pair<TypedAttr, TypedAttr>>
stackConstants(const GroupedConvolution &grouped) {
  ArrayRef<int64_t> fhwc = grouped.filterType.getShape();
  int64_t outputs = fhwc[0], window = fhwc[1] * fhwc[2], channels = fhwc[3];
  int64_t numGroups = grouped.groups.size();
  Type element = grouped.filterType.getElementType();
  int64_t width = element.getIntOrFloatBitWidth() / 8;
  if (width * 8 != static_cast<int64_t>(element.getIntOrFloatBitWidth()))
    return failure();
  int64_t filterElements = grouped.filterType.getNumElements();
  AsmResourceBlob filters = HeapAsmResourceBlob::allocate(
      numGroups * filterElements * width, alignof(uint64_t));
  MutableArrayRef<char> out = filters.getMutableData();
  std::vector<char> biases;
  for (auto [group, groupConv] : llvm::enumerate(grouped.groups)) {
    tosa::Conv2DOp conv = groupConv;
    FailureOr<std::vector<char>> filter = readElementBytes(
        conv.getWeight().getDefiningOp(), filterElements, width);
    FailureOr<std::vector<char>> bias =
        readElementBytes(conv.getBias().getDefiningOp(), outputs, width);
    if (failed(filter) || failed(bias))
      return failure();
    // [o][k][c] -> [k][c][o], k the window position.
    char *base = out.data() + group * filterElements * width;
    for (int64_t o = 0; o < outputs; ++o)
      for (int64_t k = 0; k < window; ++k)
        for (int64_t c = 0; c < channels; ++c)
          std::memcpy(base + ((k * channels + c) * outputs + o) * width,
                      filter->data() +
                          ((o * window + k) * channels + c) * width,
                      width);
    llvm::append_range(biases, *bias);
  }
  auto filtersType = RankedTensorType::get(
      {numGroups, fhwc[1], fhwc[2], channels, outputs}, element);
  auto biasType = RankedTensorType::get({numGroups * outputs}, element);
  TypedAttr filtersAttr = DenseResourceElementsAttr::get(
      filtersType, "grouped_filters", std::move(filters));
  TypedAttr biasAttr = DenseElementsAttr::getFromRawBuffer(biasType, biases);
  return std::make_pair(filtersAttr, biasAttr);
}

/// Replaces the matched concatenation by the loop over groups.
static LogicalResult rewriteGroups(RewriterBase &rewriter,
                                   const GroupedConvolution &grouped) {
  FailureOr<std::pair<TypedAttr, TypedAttr>> stacked = stackConstants(grouped);
  if (failed(stacked))
    return failure();
  tosa::ConcatOp concat = grouped.concat;
  tosa::Conv2DOp first = grouped.groups.front();
  SmallVector<Location> locations = llvm::map_to_vector(
      grouped.groups, [](tosa::Conv2DOp conv) { return conv.getLoc(); });
  Location loc = rewriter.getFusedLoc(locations);
  rewriter.setInsertionPoint(concat);
  Type element = grouped.filterType.getElementType();
  int64_t numGroups = grouped.groups.size();
  int64_t groupChannels = grouped.filterType.getDimSize(3);
  int64_t groupOutputs = grouped.filterType.getDimSize(0);

  // TOSA's pad is [top, bottom, left, right].
  Value input = grouped.input;
  ArrayRef<int64_t> pad = first.getPad();
  if (llvm::any_of(pad, [](int64_t p) { return p != 0; })) {
    SmallVector<OpFoldResult> low =
        getAsIndexOpFoldResult(rewriter.getContext(), {0, pad[0], pad[2], 0});
    SmallVector<OpFoldResult> high =
        getAsIndexOpFoldResult(rewriter.getContext(), {0, pad[1], pad[3], 0});
    Value zero = arith::ConstantOp::create(rewriter, loc, element,
                                           rewriter.getZeroAttr(element));
    input =
        tensor::PadOp::create(rewriter, loc, Type(), input, low, high, zero);
  }

  Value filters = arith::ConstantOp::create(rewriter, loc, stacked->first);
  Value bias = arith::ConstantOp::create(rewriter, loc, stacked->second);
  auto resultType = cast<RankedTensorType>(concat.getType());
  SmallVector<OpFoldResult> resultSizes;
  resultSizes.push_back(tensor::getMixedSize(rewriter, loc, grouped.input, 0));
  for (int64_t d = 1; d < 4; ++d)
    resultSizes.push_back(rewriter.getIndexAttr(resultType.getDimSize(d)));
  Value empty = tensor::EmptyOp::create(rewriter, loc, resultSizes, element);
  Value accumulator = linalg::BroadcastOp::create(rewriter, loc, bias, empty,
                                                  ArrayRef<int64_t>{0, 1, 2})
                          .getResult()
                          .front();

  auto forall = scf::ForallOp::create(
      rewriter, loc, ArrayRef<OpFoldResult>{rewriter.getIndexAttr(numGroups)},
      ValueRange{accumulator}, std::nullopt);
  OpBuilder::InsertionGuard guard(rewriter);
  rewriter.setInsertionPointToStart(forall.getBody());
  Value group = forall.getInductionVar(0);
  Value shared = forall.getRegionIterArgs().front();
  auto scaled = [&](int64_t factor) -> OpFoldResult {
    return arith::MulIOp::create(
               rewriter, loc, group,
               arith::ConstantIndexOp::create(rewriter, loc, factor))
        .getResult();
  };
  OpFoldResult zero = rewriter.getIndexAttr(0), one = rewriter.getIndexAttr(1);
  SmallVector<OpFoldResult> unitStrides(4, one);

  SmallVector<OpFoldResult> inputSizes =
      tensor::getMixedSizes(rewriter, loc, input);
  inputSizes[3] = rewriter.getIndexAttr(groupChannels);
  Value groupInput = tensor::ExtractSliceOp::create(
      rewriter, loc, input, {zero, zero, zero, scaled(groupChannels)},
      inputSizes, unitStrides);

  ArrayRef<int64_t> fhwc = grouped.filterType.getShape();
  auto hwcfType =
      RankedTensorType::get({fhwc[1], fhwc[2], fhwc[3], fhwc[0]}, element);
  Value groupFilter = tensor::ExtractSliceOp::create(
      rewriter, loc, hwcfType, filters,
      {OpFoldResult(group), zero, zero, zero, zero},
      getAsIndexOpFoldResult(rewriter.getContext(),
                             {1, fhwc[1], fhwc[2], fhwc[3], fhwc[0]}),
      SmallVector<OpFoldResult>(5, one));

  SmallVector<OpFoldResult> outputOffsets = {zero, zero, zero,
                                             scaled(groupOutputs)};
  SmallVector<OpFoldResult> outputSizes =
      tensor::getMixedSizes(rewriter, loc, shared);
  outputSizes[3] = rewriter.getIndexAttr(groupOutputs);
  Value groupAccumulator = tensor::ExtractSliceOp::create(
      rewriter, loc, shared, outputOffsets, outputSizes, unitStrides);
  auto conv = linalg::Conv2DNhwcHwcfOp::create(
      rewriter, loc, groupAccumulator.getType(),
      ValueRange{groupInput, groupFilter}, ValueRange{groupAccumulator},
      rewriter.getI64TensorAttr(first.getStride()),
      rewriter.getI64TensorAttr(first.getDilation()));

  rewriter.setInsertionPointToStart(forall.getTerminator().getBody());
  tensor::ParallelInsertSliceOp::create(rewriter, loc, conv.getResult(0),
                                        shared, outputOffsets, outputSizes,
                                        unitStrides);
  rewriter.replaceOp(concat, forall.getResult(0));
  for (tosa::Conv2DOp groupConv : grouped.groups) {
    Operation *slice = groupConv.getInput().getDefiningOp();
    rewriter.eraseOp(groupConv);
    if (slice->use_empty())
      rewriter.eraseOp(slice);
  }
  return success();
}

struct PruneGroupConvolutionsPass
    : public prune::impl::PruneGroupConvolutionsBase<
          PruneGroupConvolutionsPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<GroupedConvolution> matches;
    getOperation().walk([&](tosa::ConcatOp concat) {
      if (std::optional<GroupedConvolution> grouped = matchGroups(concat))
        matches.push_back(std::move(*grouped));
    });
    IRRewriter rewriter(&getContext());
    for (const GroupedConvolution &grouped : matches) {
      if (failed(rewriteGroups(rewriter, grouped)))
        continue;
      ++numGrouped;
      numGroups += grouped.groups.size();
    }
  }
};

} // namespace
