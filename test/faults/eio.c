/*
 * Fault-suite shim (LD_PRELOAD): every Nth write to a file whose path starts with $FAULT_PREFIX fails with
 * EIO, as a failing disk would, and nothing of it is written. N is read from $FAULT_EVERY at each call, so
 * the process under test turns faults on only after it has opened its store (setenv from Node). This is
 * the fault SQLite's own test suite injects through a test VFS; here it reaches the real unix VFS.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static unsigned long counter = 0;

static int should_fail(int fd) {
  const char *every = getenv("FAULT_EVERY");
  const char *prefix = getenv("FAULT_PREFIX");
  if (!every || !prefix || !*every) return 0;
  long n = atol(every);
  if (n <= 0) return 0;
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t len = readlink(link, path, sizeof path - 1);
  if (len <= 0) return 0;
  path[len] = 0;
  if (strncmp(path, prefix, strlen(prefix)) != 0) return 0;
  return ++counter % (unsigned long)n == 0;
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
  static ssize_t (*real)(int, const void *, size_t, off_t);
  if (!real) real = dlsym(RTLD_NEXT, "pwrite64");
  if (should_fail(fd)) { errno = EIO; return -1; }
  return real(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) {
  static ssize_t (*real)(int, const void *, size_t, off_t);
  if (!real) real = dlsym(RTLD_NEXT, "pwrite");
  if (should_fail(fd)) { errno = EIO; return -1; }
  return real(fd, buf, count, offset);
}

ssize_t write(int fd, const void *buf, size_t count) {
  static ssize_t (*real)(int, const void *, size_t);
  if (!real) real = dlsym(RTLD_NEXT, "write");
  if (should_fail(fd)) { errno = EIO; return -1; }
  return real(fd, buf, count);
}
