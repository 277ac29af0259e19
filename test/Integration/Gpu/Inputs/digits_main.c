// Runs a compiled digits @forward (C interface) on a CSV split and prints the
// predicted class of each row, then "accuracy: C/N" on stderr. Linked with the
// model's object and libPruneCudaRuntime.so; nothing of MLIR is needed.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Code from prune-compile{target=gpu} allocates its results in managed
// memory: build with -DFREE_RESULT=_mlir_memref_to_llvm_free.
#ifdef FREE_RESULT
void FREE_RESULT(void *);
#else
#define FREE_RESULT free
#endif

typedef struct {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[2];
  int64_t strides[2];
} MemRef2D;

void _mlir_ciface_forward(MemRef2D *result, MemRef2D *input);

enum { kFeatures = 64, kClasses = 10, kMaxRows = 4096 };

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s SPLIT.csv\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    fprintf(stderr, "error: cannot open %s\n", argv[1]);
    return 2;
  }
  float *x = malloc(sizeof(float) * kFeatures * kMaxRows);
  int *labels = malloc(sizeof(int) * kMaxRows);
  char line[8192];
  int64_t rows = 0;
  while (fgets(line, sizeof(line), f) && rows < kMaxRows) {
    if (line[0] == '#' || line[0] == '\n')
      continue;
    char *p = line;
    for (int j = 0; j <= kFeatures; ++j) {
      double v = strtod(p, &p);
      if (j < kFeatures)
        x[rows * kFeatures + j] = (float)v;
      else
        labels[rows] = (int)v;
      if (*p == ',')
        ++p;
    }
    ++rows;
  }
  fclose(f);

  MemRef2D input = {x, x, 0, {rows, kFeatures}, {kFeatures, 1}};
  MemRef2D result;
  _mlir_ciface_forward(&result, &input);
  if (result.sizes[0] != rows || result.sizes[1] != kClasses) {
    fprintf(stderr, "error: result is %ldx%ld, expected %ldx%d\n",
            (long)result.sizes[0], (long)result.sizes[1], (long)rows, kClasses);
    return 1;
  }
  int correct = 0;
  for (int64_t i = 0; i < rows; ++i) {
    const float *logits =
        result.aligned + result.offset + i * result.strides[0];
    int best = 0;
    for (int c = 1; c < kClasses; ++c)
      if (logits[c * result.strides[1]] > logits[best * result.strides[1]])
        best = c;
    printf("%d\n", best);
    correct += best == labels[i];
  }
  fprintf(stderr, "accuracy: %d/%ld\n", correct, (long)rows);
  FREE_RESULT(result.allocated);
  free(x);
  free(labels);
  return 0;
}
