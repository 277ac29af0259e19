#!/usr/bin/env node
// Runs an ONNX model with ONNX Runtime (CPU, the npm package onnxruntime-node)
// on .npy arrays: the project's numeric reference for ONNX models.
//
//   node ort_run.js MODEL.onnx IN.npy [IN2.npy ...] OUT.npy [--threads=N] [--repeat=K] [--opt=LEVEL]
//
// The IN arrays (float32, int32, int64 or bool, C order) feed the model's
// inputs in order, one per input; its first output is written to OUT.npy as float32. With
// --repeat=K the model is run once more to warm up and then K times, and the
// median time per run is printed to stdout as JSON:
//   {"median_ms": 1.23, "repeat": K, "threads": N}
// --threads sets ONNX Runtime's intra-op threads (default 1; inter-op is 1).
// --opt is the graph optimization level: disabled, basic, extended or all
// (ONNX Runtime's default, all).
//
// The package is found in $PRUNE_ORT_DIR (a directory holding
// node_modules/onnxruntime-node, or the package itself), else in the
// repository's .deps/onnxruntime (scripts/install-deps.sh installs it there).
'use strict';
const fs = require('fs');
const path = require('path');

function fail(msg) {
  process.stderr.write('ort_run.js: error: ' + msg + '\n');
  process.exit(1);
}

function ortPackage() {
  const dir = process.env.PRUNE_ORT_DIR ||
      path.join(__dirname, '..', '..', '.deps', 'onnxruntime');
  for (const candidate of [path.join(dir, 'node_modules', 'onnxruntime-node'), dir]) {
    if (fs.existsSync(path.join(candidate, 'package.json')) &&
        JSON.parse(fs.readFileSync(path.join(candidate, 'package.json'))).name ===
            'onnxruntime-node')
      return candidate;
  }
  fail('onnxruntime-node not found in ' + dir +
       ' (run scripts/install-deps.sh, or set PRUNE_ORT_DIR)');
}

// .npy format 1.0/2.0/3.0: magic, version, header length, a Python dict literal.
function readNpy(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 10 || buf.toString('latin1', 0, 6) !== '\x93NUMPY')
    fail(file + ': not a .npy file');
  const major = buf[6];
  const headerLen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = buf.toString('latin1', start, start + headerLen);
  const descr = /'descr':\s*'([^']*)'/.exec(header);
  const fortran = /'fortran_order':\s*(True|False)/.exec(header);
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header);
  if (!descr || !fortran || !shape) fail(file + ': unreadable .npy header ' + header);
  const kinds = {'<f4': ['float32', Float32Array], '<i4': ['int32', Int32Array],
                 '<i8': ['int64', BigInt64Array], '|b1': ['bool', Uint8Array]};
  if (!kinds[descr[1]])
    fail(file + ': dtype ' + descr[1] +
         ', expected float32, int32, int64 or bool (<f4, <i4, <i8, |b1)');
  const [type, ArrayType] = kinds[descr[1]];
  if (fortran[1] === 'True') fail(file + ': Fortran order is not supported');
  const dims = shape[1].split(',').map(s => s.trim()).filter(s => s.length).map(Number);
  const count = dims.reduce((a, b) => a * b, 1);
  const offset = start + headerLen;
  const bytes = ArrayType.BYTES_PER_ELEMENT * count;
  if (buf.length - offset !== bytes)
    fail(file + ': ' + (buf.length - offset) + ' data bytes for shape [' + dims + ']');
  // Copy: the data offset need not be aligned within the file buffer.
  const data = new ArrayType(count);
  Buffer.from(data.buffer).set(buf.subarray(offset, offset + bytes));
  return {type, data, dims};
}

function writeNpy(file, data, dims) {
  const shape = '(' + dims.join(', ') + (dims.length === 1 ? ',' : '') + ')';
  let header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ', }';
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const pre = Buffer.alloc(10);
  pre.write('\x93NUMPY', 0, 'latin1');
  pre[6] = 1;
  pre[7] = 0;
  pre.writeUInt16LE(header.length, 8);
  const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  fs.writeFileSync(file, Buffer.concat([pre, Buffer.from(header, 'latin1'), body]));
}

async function main() {
  const positional = [];
  const opts = {threads: 1, repeat: 0, opt: 'all'};
  for (const arg of process.argv.slice(2)) {
    const m = /^--(threads|repeat|opt)=(.+)$/.exec(arg);
    if (m) {
      opts[m[1]] = m[1] === 'opt' ? m[2] : Number(m[2]);
      if (m[1] !== 'opt' && !(Number.isInteger(opts[m[1]]) && opts[m[1]] >= (m[1] === 'threads' ? 1 : 0)))
        fail('bad ' + arg);
    } else if (arg.startsWith('--')) {
      fail('unknown option ' + arg);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length < 3)
    fail('usage: node ort_run.js MODEL.onnx IN.npy [IN2.npy ...] OUT.npy [--threads=N] ' +
         '[--repeat=K] [--opt=LEVEL]');
  if (!['disabled', 'basic', 'extended', 'all'].includes(opts.opt)) fail('bad --opt=' + opts.opt);
  const model = positional[0];
  const inFiles = positional.slice(1, -1);
  const outFile = positional[positional.length - 1];
  const ort = require(ortPackage());
  const session = await ort.InferenceSession.create(model, {
    executionProviders: ['cpu'],
    intraOpNumThreads: opts.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: opts.opt,
  });
  if (inFiles.length !== session.inputNames.length)
    fail(model + ' has ' + session.inputNames.length + ' input(s) (' +
         session.inputNames.join(', ') + '), given ' + inFiles.length + ' array(s)');
  const feeds = {};
  inFiles.forEach((file, i) => {
    const input = readNpy(file);
    feeds[session.inputNames[i]] = new ort.Tensor(input.type, input.data, input.dims);
  });
  const outName = session.outputNames[0];
  let result = await session.run(feeds);
  const out = result[outName];
  const data = out.data instanceof Float32Array ? out.data : Float32Array.from(out.data, Number);
  writeNpy(outFile, data, out.dims);
  if (opts.repeat > 0) {
    const times = [];
    for (let i = 0; i < opts.repeat; i++) {
      const t0 = process.hrtime.bigint();
      result = await session.run(feeds);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const mid = times.length >> 1;
    const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
    process.stdout.write(JSON.stringify({median_ms: median, repeat: opts.repeat,
                                         threads: opts.threads}) + '\n');
  }
  if (session.release) await session.release();
}

main().catch(e => fail(e && e.message ? e.message : String(e)));
