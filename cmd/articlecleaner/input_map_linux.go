package main

import (
	"os"
	"syscall"
	"unsafe"
)

// mapMinBytes is the size from which a single input file is mapped
// rather than read. Reading copies the file into a heap buffer whose every
// page faults on first touch: on the 10 MB paste of the benchmark that is
// 2,500 faults and 32 ms of a 370 ms run on this project's VM, where a
// mapping filled in one system call (MAP_POPULATE) takes 1–3 ms. Below
// a megabyte the read costs a few milliseconds at most, and reading keeps
// the common case free of a mapping's caveats (see mapInput).
const mapMinBytes = 1 << 20

// mapInput maps the regular file f of size bytes, read-only, and returns
// its bytes as a string and the function that unmaps them; ok is false
// when it did not map it (too small, not a regular file, gzip, or the
// system refused), and the caller reads the file instead.
//
// The string is only valid until unmap, and it shows the file as it is:
// a file another program writes while it is cleaned changes under the
// cleaner (as a read of it would be torn), and one it truncates makes
// reading the lost pages fault. Callers read it with
// debug.SetPanicOnFault set, which turns that fault into a panic they
// report (errFileChanged).
func mapInput(f *os.File, st os.FileInfo) (data string, unmap func(), ok bool) {
	size := st.Size()
	if !st.Mode().IsRegular() || size < mapMinBytes || int64(int(size)) != size {
		return "", nil, false
	}
	var head [2]byte
	if n, _ := f.ReadAt(head[:], 0); n == len(head) && string(head[:]) == string(gzipMagic) {
		return "", nil, false
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return "", nil, false
	}
	return unsafe.String(&b[0], len(b)), func() { _ = syscall.Munmap(b) }, true
}
