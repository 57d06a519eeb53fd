#ifndef ZICHA_CCURL_SHIM_H
#define ZICHA_CCURL_SHIM_H
// libcurl's SMTP client for the notice e-mails. curl_easy_setopt is variadic, which Swift cannot
// call, so the one transaction Zicha needs is set up here; the protocol itself is libcurl's.
#include <curl/curl.h>
#include <string.h>

/// Initialises libcurl once, before any thread uses it.
static inline int zicha_curl_global_init(void) { return (int)curl_global_init(CURL_GLOBAL_DEFAULT); }

/// The message being uploaded and how much of it libcurl has read.
typedef struct {
    const char *data;
    size_t length;
    size_t offset;
} zicha_mail_source;

static inline size_t zicha_mail_read(char *buffer, size_t size, size_t count, void *user) {
    zicha_mail_source *source = (zicha_mail_source *)user;
    size_t room = size * count;
    size_t left = source->length - source->offset;
    size_t n = left < room ? left : room;
    memcpy(buffer, source->data + source->offset, n);
    source->offset += n;
    return n;
}

/// Sends `message` (a complete RFC 5322 message, CRLF line ends) from `from` to `recipient`
/// through the relay at `url` (smtp://host:port, or smtps:// for TLS from the start). STARTTLS is
/// used when the relay offers it, and required when `require_tls` is set. `username` and
/// `password` may be NULL; `ca_file`, when not NULL, names the certificates that the relay's must
/// chain to (an internal CA), instead of the system's. Returns the CURLcode; `error_buffer` (CURL_ERROR_SIZE bytes) holds
/// libcurl's words for a failure and `response_code` the relay's last reply code.
static inline int zicha_smtp_send(
    const char *url, const char *from, const char *recipient, const char *message, size_t length,
    const char *username, const char *password, const char *ca_file, long timeout_seconds, int require_tls,
    char *error_buffer, long *response_code) {
    CURL *curl = curl_easy_init();
    if (!curl) return (int)CURLE_FAILED_INIT;
    struct curl_slist *recipients = curl_slist_append(NULL, recipient);
    zicha_mail_source source = {message, length, 0};
    error_buffer[0] = 0;
    *response_code = 0;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, zicha_mail_read);
    curl_easy_setopt(curl, CURLOPT_READDATA, &source);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)length);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, require_tls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_TRY);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (username) curl_easy_setopt(curl, CURLOPT_USERNAME, username);
    if (password) curl_easy_setopt(curl, CURLOPT_PASSWORD, password);
    if (ca_file) curl_easy_setopt(curl, CURLOPT_CAINFO, ca_file);
    CURLcode result = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, response_code);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return (int)result;
}

#endif
