#ifndef ZICHA_COPENSSL_SHIM_H
#define ZICHA_COPENSSL_SHIM_H
// Only the OpenSSL 3 API: no deprecated low-level HMAC_* or SHA256_Init.
#define OPENSSL_NO_DEPRECATED 1
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#endif
