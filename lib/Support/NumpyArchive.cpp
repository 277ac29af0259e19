//===- NumpyArchive.cpp - Arrays from .npy and .npz files -----------------===//
//
// A .npy file is a magic string, a version, a header length and a Python
// dict literal ({'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), })
// followed by the raw elements. A .npz file is a ZIP archive of .npy files;
// members are located through the central directory (whose sizes are exact,
// unlike the local headers np.savez writes with ZIP64 placeholders) and
// inflated with zlib when compressed.
//
//===----------------------------------------------------------------------===//

#include "Prune/Support/NumpyArchive.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <zlib.h>

using namespace llvm;
using namespace mlir::prune;

namespace {
/// What the driver knows of an element kind: its MLIR and numpy names, its
/// numpy type code (the `descr` without byte order) and its size.
struct KindInfo {
  HostElementKind kind;
  StringLiteral mlir, numpy, code;
  int64_t size;
};
} // namespace

/// One row per kind, in HostElementKind's order.
static constexpr KindInfo kKinds[] = {
    {HostElementKind::F32, "f32", "float32", "f4", 4},
    {HostElementKind::F64, "f64", "float64", "f8", 8},
    {HostElementKind::F16, "f16", "float16", "f2", 2},
    {HostElementKind::I64, "i64", "int64", "i8", 8},
    {HostElementKind::I32, "i32", "int32", "i4", 4},
    {HostElementKind::I16, "i16", "int16", "i2", 2},
    {HostElementKind::I8, "i8", "int8", "i1", 1},
    {HostElementKind::U8, "ui8", "uint8", "u1", 1},
    {HostElementKind::Bool, "i1", "bool", "b1", 1},
};

static const KindInfo &getKindInfo(HostElementKind kind) {
  const KindInfo &info = kKinds[static_cast<size_t>(kind)];
  assert(info.kind == kind && "kKinds is not in HostElementKind's order");
  return info;
}

StringRef mlir::prune::mlirName(HostElementKind kind) {
  return getKindInfo(kind).mlir;
}

StringRef mlir::prune::numpyName(HostElementKind kind) {
  return getKindInfo(kind).numpy;
}

int64_t mlir::prune::elementSize(HostElementKind kind) {
  return getKindInfo(kind).size;
}

int64_t HostArray::numElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

void HostArray::allocate() {
  constexpr size_t kAlignment = 64;
  storage.assign(numBytes() + kAlignment, 0);
  offset =
      (kAlignment - reinterpret_cast<uintptr_t>(storage.data()) % kAlignment) %
      kAlignment;
}

std::string HostArray::describe() const {
  std::string text;
  for (int64_t d : shape)
    text += std::to_string(d) + "x";
  return text + numpyName(kind).str();
}

/// The element kind of a numpy `descr` such as '<f4' or '|u1'.
static std::optional<HostElementKind> parseDescr(StringRef descr) {
  if (descr.size() < 3)
    return std::nullopt;
  char order = descr[0];
  StringRef code = descr.drop_front();
  for (const KindInfo &info : kKinds) {
    if (info.code != code)
      continue;
    // One-byte types have no byte order ('|'); wider ones must be
    // little-endian ('<'), like every host this runs on.
    bool single = info.size == 1;
    if (order == '<' || (order == '|' && single) || (order == '=' && !single))
      return info.kind;
    return std::nullopt;
  }
  return std::nullopt;
}

/// The value text of `key` in the header dict, up to the next top-level
/// comma (a tuple counts as one value).
static std::optional<StringRef> dictValue(StringRef header, StringRef key) {
  for (StringRef quote : {"'", "\""}) {
    std::string pattern = (quote + key + quote).str();
    size_t at = header.find(pattern);
    if (at == StringRef::npos)
      continue;
    StringRef rest = header.drop_front(at + pattern.size()).ltrim();
    if (!rest.consume_front(":"))
      return std::nullopt;
    rest = rest.ltrim();
    size_t end =
        rest.starts_with("(") ? rest.find(')') + 1 : rest.find_first_of(",}");
    if (end == StringRef::npos || end == 0)
      return std::nullopt;
    return rest.take_front(end).trim();
  }
  return std::nullopt;
}

/// Parses one .npy file's bytes into `array`.
static Error parseNpy(StringRef bytes, HostArray &array, const Twine &where) {
  auto fail = [&](const Twine &message) {
    return llvm::createStringError(where + ": " + message);
  };
  if (!bytes.starts_with("\x93NUMPY") || bytes.size() < 10)
    return fail("not a .npy array (no \\x93NUMPY magic)");
  uint8_t major = bytes[6];
  size_t headerLength, headerStart;
  if (major == 1) {
    headerLength = support::endian::read16le(bytes.data() + 8);
    headerStart = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12)
      return fail("truncated .npy header");
    headerLength = support::endian::read32le(bytes.data() + 8);
    headerStart = 12;
  } else {
    return fail("unsupported .npy version " + Twine(int(major)));
  }
  if (bytes.size() < headerStart + headerLength)
    return fail("truncated .npy header");
  StringRef header = bytes.substr(headerStart, headerLength);
  std::optional<StringRef> descr = dictValue(header, "descr");
  std::optional<StringRef> fortran = dictValue(header, "fortran_order");
  std::optional<StringRef> shape = dictValue(header, "shape");
  if (!descr || !fortran || !shape)
    return fail("malformed .npy header '" + header.trim() + "'");
  std::optional<HostElementKind> kind = parseDescr(descr->trim("'\""));
  if (!kind)
    return fail("unsupported dtype " + *descr +
                " (expected a little-endian float16/32/64, int8/16/32/64, "
                "uint8 or bool array)");
  if (*fortran != "False")
    return fail("Fortran-ordered array; save np.ascontiguousarray(a)");
  array.kind = *kind;
  array.shape.clear();
  SmallVector<StringRef> dims;
  shape->trim("()").split(dims, ',', -1, /*KeepEmpty=*/false);
  for (StringRef dim : dims) {
    int64_t value;
    if (dim.trim().getAsInteger(10, value) || value < 0)
      return fail("malformed shape " + *shape);
    array.shape.push_back(value);
  }
  StringRef payload = bytes.drop_front(headerStart + headerLength);
  uint64_t expected = elementSize(*kind);
  bool overflow = false;
  for (int64_t d : array.shape)
    overflow |= __builtin_mul_overflow(expected, uint64_t(d), &expected);
  if (overflow || payload.size() < expected)
    return fail("truncated data: shape " + *shape + " of " + *descr +
                " needs " + Twine(expected) + " bytes, the file has " +
                Twine(payload.size()));
  array.allocate();
  std::memcpy(array.data(), payload.data(), expected);
  return Error::success();
}

namespace {
/// One member of a ZIP archive, from the central directory.
struct ZipMember {
  std::string name;
  uint16_t method = 0;
  uint64_t compressedSize = 0, size = 0, localHeaderOffset = 0;
};
} // namespace

/// The members of the ZIP archive `bytes`.
static Expected<std::vector<ZipMember>> listZipMembers(StringRef bytes,
                                                       StringRef path) {
  auto fail = [&](const Twine &message) {
    return llvm::createStringError(path + ": " + message);
  };
  using namespace support::endian;
  // The end-of-central-directory record is the last 22 bytes plus a comment
  // of at most 64 KiB.
  constexpr uint32_t kEndSignature = 0x06054b50;
  if (bytes.size() < 22)
    return fail("not a .npz archive (too short for a ZIP file)");
  size_t end = StringRef::npos;
  size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
  for (size_t at = bytes.size() - 22 + 1; at-- > lowest;)
    if (read32le(bytes.data() + at) == kEndSignature) {
      end = at;
      break;
    }
  if (end == StringRef::npos)
    return fail("not a .npz archive (no ZIP end-of-central-directory record)");
  uint64_t count = read16le(bytes.data() + end + 10);
  uint64_t directory = read32le(bytes.data() + end + 16);
  if (directory == 0xffffffff || count == 0xffff) {
    // ZIP64: the locator just before points at the ZIP64 end record.
    if (end < 20 || read32le(bytes.data() + end - 20) != 0x07064b50)
      return fail("corrupt ZIP64 archive (no end-of-central-directory "
                  "locator)");
    uint64_t record = read64le(bytes.data() + end - 20 + 8);
    if (record + 56 > bytes.size() ||
        read32le(bytes.data() + record) != 0x06064b50)
      return fail("corrupt ZIP64 end-of-central-directory record");
    count = read64le(bytes.data() + record + 32);
    directory = read64le(bytes.data() + record + 48);
  }
  std::vector<ZipMember> members;
  size_t at = directory;
  for (uint64_t i = 0; i < count; ++i) {
    if (at + 46 > bytes.size() || read32le(bytes.data() + at) != 0x02014b50)
      return fail("corrupt ZIP central directory (entry " + Twine(i) + ")");
    ZipMember member;
    member.method = read16le(bytes.data() + at + 10);
    member.compressedSize = read32le(bytes.data() + at + 20);
    member.size = read32le(bytes.data() + at + 24);
    uint16_t nameLength = read16le(bytes.data() + at + 28);
    uint16_t extraLength = read16le(bytes.data() + at + 30);
    uint16_t commentLength = read16le(bytes.data() + at + 32);
    member.localHeaderOffset = read32le(bytes.data() + at + 42);
    if (at + 46 + nameLength + extraLength > bytes.size())
      return fail("corrupt ZIP central directory (entry " + Twine(i) + ")");
    member.name = bytes.substr(at + 46, nameLength).str();
    // ZIP64 extra field (id 1): the 64-bit values of the fields that are
    // 0xffffffff, in this order.
    StringRef extra = bytes.substr(at + 46 + nameLength, extraLength);
    while (extra.size() >= 4) {
      uint16_t id = read16le(extra.data()), size = read16le(extra.data() + 2);
      StringRef body = extra.substr(4, size);
      if (id == 1) {
        size_t k = 0;
        for (uint64_t *field :
             {&member.size, &member.compressedSize, &member.localHeaderOffset})
          if (*field == 0xffffffff && k + 8 <= body.size()) {
            *field = read64le(body.data() + k);
            k += 8;
          }
      }
      extra = extra.drop_front(std::min<size_t>(extra.size(), 4 + size));
    }
    members.push_back(std::move(member));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/// The uncompressed bytes of `member`.
static Expected<std::string>
extractZipMember(StringRef bytes, const ZipMember &member, const Twine &where) {
  using namespace support::endian;
  auto fail = [&](const Twine &message) {
    return llvm::createStringError(where + ": " + message);
  };
  uint64_t at = member.localHeaderOffset;
  if (at + 30 > bytes.size() || read32le(bytes.data() + at) != 0x04034b50)
    return fail("corrupt ZIP local header");
  uint64_t start = at + 30 + read16le(bytes.data() + at + 26) +
                   read16le(bytes.data() + at + 28);
  if (start > bytes.size() || member.compressedSize > bytes.size() - start)
    return fail("truncated archive member");
  StringRef compressed = bytes.substr(start, member.compressedSize);
  if (member.method == 0)
    return compressed.str();
  if (member.method != 8)
    return fail("unsupported ZIP compression method " + Twine(member.method) +
                " (np.savez and np.savez_compressed "
                "write 0 and 8)");
  if (member.size > (uint64_t(1) << 40))
    return fail("member too large");
  std::string out(member.size, '\0');
  z_stream stream{};
  // Raw deflate: ZIP members have no zlib header.
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
    return fail("cannot start zlib");
  stream.next_in =
      reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
  stream.avail_in = compressed.size();
  stream.next_out = reinterpret_cast<Bytef *>(out.data());
  stream.avail_out = out.size();
  int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  if (status != Z_STREAM_END || stream.total_out != member.size)
    return fail("corrupt deflated data");
  return out;
}

Expected<std::vector<HostArray>> mlir::prune::readNumpyFile(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> file = MemoryBuffer::getFile(
      path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!file)
    return llvm::createStringError(
        path + ": cannot be read: " + file.getError().message());
  StringRef bytes = (*file)->getBuffer();
  std::vector<HostArray> arrays;
  if (bytes.starts_with("\x93NUMPY")) {
    arrays.emplace_back();
    if (Error error = parseNpy(bytes, arrays.back(), path))
      return std::move(error);
    return arrays;
  }
  if (!bytes.starts_with("PK"))
    return llvm::createStringError(path +
                                   ": neither a .npy array nor a .npz archive");
  Expected<std::vector<ZipMember>> members = listZipMembers(bytes, path);
  if (!members)
    return members.takeError();
  for (const ZipMember &member : *members) {
    std::string where = (path + "(" + member.name + ")").str();
    Expected<std::string> content = extractZipMember(bytes, member, where);
    if (!content)
      return content.takeError();
    HostArray array;
    array.name =
        StringRef(member.name)
            .drop_back(StringRef(member.name).ends_with(".npy") ? 4 : 0);
    if (Error error = parseNpy(*content, array, where))
      return std::move(error);
    arrays.push_back(std::move(array));
  }
  return arrays;
}

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

/// `array` as a version-1 .npy file.
static std::string encodeNpy(const HostArray &array) {
  // Python's tuple syntax: "()", "(3,)", "(3, 4)".
  std::string shape = "(";
  for (auto [i, dim] : llvm::enumerate(array.shape))
    shape += (i ? ", " : "") + std::to_string(dim);
  shape += array.shape.size() == 1 ? ",)" : ")";
  std::string header = "{'descr': '<" + getKindInfo(array.kind).code.str() +
                       "', 'fortran_order': False, 'shape': " + shape + ", }";
  // Magic, version, length, header: padded with spaces to 64 bytes, '\n'.
  size_t unpadded = 10 + header.size() + 1;
  header.append((64 - unpadded % 64) % 64, ' ');
  header += '\n';
  std::string bytes("\x93NUMPY\x01\x00", 8);
  bytes += char(header.size() & 0xff);
  bytes += char(header.size() >> 8);
  bytes += header;
  bytes.append(array.data(), array.numBytes());
  return bytes;
}

/// Appends `value` little-endian in `size` bytes.
static void appendLittleEndian(std::string &out, uint64_t value, int size) {
  for (int i = 0; i < size; ++i)
    out += char((value >> (8 * i)) & 0xff);
}

Error mlir::prune::writeNumpyArchive(StringRef path,
                                     ArrayRef<const HostArray *> arrays) {
  // Stored (not deflated) members, as np.savez writes them; no ZIP64, so
  // each member and the archive stay below 4 GiB.
  std::string archive, directory;
  for (const HostArray *array : arrays) {
    std::string name = array->name + ".npy";
    std::string content = encodeNpy(*array);
    if (content.size() >= 0xffffffffu || archive.size() >= 0xffffffffu)
      return createStringError(path + ": array '" + array->name +
                               "' is too large for a ZIP archive without "
                               "ZIP64");
    uint32_t crc = ::crc32(0, reinterpret_cast<const Bytef *>(content.data()),
                           content.size());
    uint64_t offset = archive.size();
    auto commonFields = [&](std::string &out) {
      appendLittleEndian(out, 20, 2); // version needed
      appendLittleEndian(out, 0, 2);  // flags
      appendLittleEndian(out, 0, 2);  // stored
      appendLittleEndian(out, 0, 4);  // time and date
      appendLittleEndian(out, crc, 4);
      appendLittleEndian(out, content.size(), 4);
      appendLittleEndian(out, content.size(), 4);
      appendLittleEndian(out, name.size(), 2);
      appendLittleEndian(out, 0, 2); // extra field
    };
    appendLittleEndian(archive, 0x04034b50, 4);
    commonFields(archive);
    archive += name;
    archive += content;
    appendLittleEndian(directory, 0x02014b50, 4);
    appendLittleEndian(directory, 20, 2); // version made by
    commonFields(directory);
    appendLittleEndian(directory, 0, 2); // comment
    appendLittleEndian(directory, 0, 2); // disk
    appendLittleEndian(directory, 0, 2); // internal attributes
    appendLittleEndian(directory, 0, 4); // external attributes
    appendLittleEndian(directory, offset, 4);
    directory += name;
  }
  uint64_t directoryOffset = archive.size();
  archive += directory;
  appendLittleEndian(archive, 0x06054b50, 4);
  appendLittleEndian(archive, 0, 2);
  appendLittleEndian(archive, 0, 2);
  appendLittleEndian(archive, arrays.size(), 2);
  appendLittleEndian(archive, arrays.size(), 2);
  appendLittleEndian(archive, directory.size(), 4);
  appendLittleEndian(archive, directoryOffset, 4);
  appendLittleEndian(archive, 0, 2);
  std::error_code ec;
  raw_fd_ostream os(path, ec);
  if (ec)
    return createStringError(path + ": cannot be written: " + ec.message());
  os << archive;
  os.close();
  if (os.has_error())
    return createStringError(path +
                             ": cannot be written: " + os.error().message());
  return Error::success();
}

int64_t mlir::prune::getIntegerElement(const HostArray &array, int64_t i) {
  switch (array.kind) {
  case HostElementKind::I64:
    return reinterpret_cast<const int64_t *>(array.data())[i];
  case HostElementKind::I32:
    return reinterpret_cast<const int32_t *>(array.data())[i];
  case HostElementKind::I16:
    return reinterpret_cast<const int16_t *>(array.data())[i];
  case HostElementKind::I8:
    return reinterpret_cast<const int8_t *>(array.data())[i];
  case HostElementKind::U8:
    return reinterpret_cast<const uint8_t *>(array.data())[i];
  default:
    return -1;
  }
}
