"""mlir-prune's Python tools: one module per job.

Each tool is a module with a main(); the build puts a wrapper for each into
build/bin/ beside prune-opt (python/CMakeLists.txt names them), which runs
`/usr/bin/python3 -m mlir_prune.MODULE` with this package on PYTHONPATH.
Without the wrappers: PYTHONPATH=python /usr/bin/python3 -m mlir_prune.MODULE.

  common              repository, build and LLVM paths; CSV splits; lowering
                      and running a module with mlir-runner
  mlir_text           the few places that read or edit MLIR text (each says
                      why no tool prints what it needs)
  stats               the statistics file format (StatisticsFormat.h): read, write,
                      and the prune-stats tool
  run_model           prune-run-model: compile a model's @forward, run it on a
                      CSV split, report accuracy
  run_trees           prune-run-trees: the same for a tree model's @predict
  calibrate           prune-run-calibration: instrument, run, write statistics
  sequential          prune-sequential: layer-by-layer reconstruction
  sklearn_import      scikit-learn trees and forests as MLIR;
                      prune-export-sklearn-trees writes examples/trees/
  export_digits_mlp   prune-export-digits-mlp: train and export the digits MLP
  export_residual_mlp prune-export-residual-mlp: the residual digits MLP
  plant_dead_neurons  prune-plant-dead-neurons: examples/digits_mlp_planted.mlir
  compare_ccp         prune-compare-ccp: prune-branches{ccp-alpha} vs sklearn
  compare_logits      prune-compare-logits: logits of two builds
  demo, calibration_demo, tree_demo, neuron_demo, compile_demo
                      prune-demo, prune-calibration-demo, prune-tree-demo,
                      prune-neuron-demo, prune-compile-demo
"""
