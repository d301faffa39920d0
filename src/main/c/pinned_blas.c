/*
 * The native backend's zero-copy path (org.nnl.core.linalg.PinnedBlas): OpenBLAS's cblas_dgemm and
 * cblas_dsyrk on the Java heap arrays themselves, pinned with GetPrimitiveArrayCritical for the
 * length of the call, instead of copies into off-heap buffers (JavaCPP's array overloads copy each
 * array in and out, and cannot start at an offset). The functions are looked up by name in the
 * OpenBLAS library that JavaCPP has already loaded (bind), so this file links nothing but libdl.
 * Inside the critical region no JNI function is called and OpenBLAS does not call back into Java.
 */
#include <jni.h>
#include <dlfcn.h>
#include <stdint.h>

enum { ROW_MAJOR = 101, NO_TRANS = 111, TRANS = 112, LOWER = 122 };

typedef void (*dgemm_fn)(int, int, int, int, int, int, double, const double *, int, const double *, int, double,
                         double *, int);
typedef void (*dsyrk_fn)(int, int, int, int, int, double, const double *, int, double, double *, int);

static dgemm_fn dgemm;
static dsyrk_fn dsyrk;

/* Finds cblas_dgemm and cblas_dsyrk in the already loaded library at `path`; true when both are there. */
JNIEXPORT jboolean JNICALL Java_org_nnl_core_linalg_PinnedBlas_bind(JNIEnv *env, jclass cls, jstring path) {
  const char *p = (*env)->GetStringUTFChars(env, path, NULL);
  if (p == NULL) return JNI_FALSE;
  void *h = dlopen(p, RTLD_NOW | RTLD_NOLOAD);
  (*env)->ReleaseStringUTFChars(env, path, p);
  if (h == NULL) return JNI_FALSE;
  dgemm = (dgemm_fn) dlsym(h, "cblas_dgemm");
  dsyrk = (dsyrk_fn) dlsym(h, "cblas_dsyrk");
  return dgemm != NULL && dsyrk != NULL;
}

/*
 * C[cOff..] = alpha·op(A)·op(B) + beta·C, row-major, each operand an array with an offset and a
 * leading dimension; false (nothing done) if the JVM could not pin an array.
 */
JNIEXPORT jboolean JNICALL Java_org_nnl_core_linalg_PinnedBlas_dgemm(JNIEnv *env, jclass cls, jboolean ta, jboolean tb,
    jint m, jint n, jint k, jdouble alpha, jdoubleArray a, jint aOff, jint lda, jdoubleArray b, jint bOff, jint ldb,
    jdouble beta, jdoubleArray c, jint cOff, jint ldc) {
  double *pa = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
  double *pb = (*env)->GetPrimitiveArrayCritical(env, b, NULL);
  double *pc = (*env)->GetPrimitiveArrayCritical(env, c, NULL);
  jboolean done = pa != NULL && pb != NULL && pc != NULL;
  if (done) {
    dgemm(ROW_MAJOR, ta ? TRANS : NO_TRANS, tb ? TRANS : NO_TRANS, m, n, k, alpha, pa + aOff, lda, pb + bOff, ldb, beta,
          pc + cOff, ldc);
  }
  if (pc != NULL) (*env)->ReleasePrimitiveArrayCritical(env, c, pc, 0);
  if (pb != NULL) (*env)->ReleasePrimitiveArrayCritical(env, b, pb, JNI_ABORT);
  if (pa != NULL) (*env)->ReleasePrimitiveArrayCritical(env, a, pa, JNI_ABORT);
  return done;
}

/* The lower triangle of C[cOff..] = alpha·op(A)·op(A)ᵀ + beta·C (op(A) is n×k), row-major; false as dgemm. */
JNIEXPORT jboolean JNICALL Java_org_nnl_core_linalg_PinnedBlas_dsyrk(JNIEnv *env, jclass cls, jboolean ta, jint n, jint k,
    jdouble alpha, jdoubleArray a, jint aOff, jint lda, jdouble beta, jdoubleArray c, jint cOff, jint ldc) {
  double *pa = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
  double *pc = (*env)->GetPrimitiveArrayCritical(env, c, NULL);
  jboolean done = pa != NULL && pc != NULL;
  if (done) dsyrk(ROW_MAJOR, LOWER, ta ? TRANS : NO_TRANS, n, k, alpha, pa + aOff, lda, beta, pc + cOff, ldc);
  if (pc != NULL) (*env)->ReleasePrimitiveArrayCritical(env, c, pc, 0);
  if (pa != NULL) (*env)->ReleasePrimitiveArrayCritical(env, a, pa, JNI_ABORT);
  return done;
}

/* The address of a's first element, pinned for this call only (for testing CacheLineOffset); 0 if it could not be pinned. */
JNIEXPORT jlong JNICALL Java_org_nnl_core_linalg_PinnedBlas_address(JNIEnv *env, jclass cls, jdoubleArray a) {
  double *p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
  if (p == NULL) return 0;
  jlong at = (jlong) (intptr_t) p;
  (*env)->ReleasePrimitiveArrayCritical(env, a, p, JNI_ABORT);
  return at;
}
