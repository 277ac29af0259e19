//===- OutlineLoops.cpp - Keep LLVM's function passes off huge functions --===//

#include "Prune/Support/OutlineLoops.h"

#include "mlir/ExecutionEngine/OptUtils.h"

#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/CodeExtractor.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"

using namespace llvm;

unsigned mlir::prune::outlineLoopsOfLargeFunctions(Module &module,
                                                   unsigned maxLoops) {
  if (maxLoops == 0)
    return 0;
  // Outlining appends functions to the module; visit the original ones.
  SmallVector<Function *> functions;
  for (Function &function : module)
    if (!function.isDeclaration())
      functions.push_back(&function);

  unsigned outlined = 0;
  for (Function *function : functions) {
    DominatorTree dominators(*function);
    LoopInfo loops(dominators);
    if (loops.getLoopsInPreorder().size() <= maxLoops)
      continue;
    AssumptionCache assumptions(*function);
    SmallVector<Loop *> topLevel(loops.begin(), loops.end());
    for (Loop *loop : topLevel) {
      // The extractor needs one entry (a preheader) and dedicated exits.
      simplifyLoop(loop, &dominators, &loops, /*SE=*/nullptr, &assumptions,
                   /*MSSAU=*/nullptr, /*PreserveLCSSA=*/false);
      CodeExtractorAnalysisCache cache(*function);
      CodeExtractor extractor(loop->getBlocks(), &dominators,
                              /*AggregateArgs=*/false, /*BFI=*/nullptr,
                              /*BPI=*/nullptr, &assumptions);
      if (!extractor.isEligible())
        continue;
      Function *nest = extractor.extractCodeRegion(cache);
      if (!nest)
        continue;
      // Inlined back, the nests would make the function huge again.
      nest->addFnAttr(Attribute::NoInline);
      loops.erase(loop);
      ++outlined;
    }
  }
  return outlined;
}

std::function<Error(Module *)>
mlir::prune::makeModelOptimizer(unsigned optLevel, TargetMachine *targetMachine,
                                unsigned maxLoopsPerFunction) {
  auto optimize =
      mlir::makeOptimizingTransformer(optLevel, /*sizeLevel=*/0, targetMachine);
  return [optimize, maxLoopsPerFunction](Module *module) -> Error {
    outlineLoopsOfLargeFunctions(*module, maxLoopsPerFunction);
    return optimize(module);
  };
}
