#!/usr/bin/env python3
"""A real SMTP server on loopback for the tests (aiosmtpd, installed by scripts/install-deps).

Usage: smtp-sink.py PORT FOLDER [--reject ADDRESS ...] [--tls CERT KEY]

Each message received is written to FOLDER as one JSON file (envelope, decoded headers and
text), under a name that sorts in arrival order; RCPT TO an address given with --reject is
refused with 550. With --tls the server offers STARTTLS with that certificate and requires it
before mail (each record says whether the message came over TLS). Prints "smtp-sink listening on PORT" once it accepts connections, and runs
until SIGTERM.
"""
import email
import email.policy
import json
import os
import signal
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, rejected):
        self.folder = folder
        self.rejected = set(rejected)
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.rejected:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "date": str(message["Date"]),
            "messageId": str(message["Message-ID"]),
            "notice": str(message["X-Zicha-Notice"]),
            "contentType": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": message.get_content(),
            "tls": getattr(session, "ssl", None) is not None,
        }
        with self.lock:
            self.count += 1
            name = "%.6f-%d-%04d.json" % (time.time(), os.getpid(), self.count)
        path = os.path.join(self.folder, name)
        with open(path + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False)
        os.rename(path + ".tmp", path)
        return "250 OK"


def main():
    # A parent that blocks signals (a test runner's thread) passes its mask on: take SIGTERM back.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    port = int(sys.argv[1])
    folder = sys.argv[2]
    rejected = []
    tls = None
    rest = sys.argv[3:]
    while rest:
        if rest[0] == "--reject" and len(rest) > 1:
            rejected.append(rest[1])
            rest = rest[2:]
        elif rest[0] == "--tls" and len(rest) > 2:
            tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls.load_cert_chain(rest[1], rest[2])
            rest = rest[3:]
        else:
            sys.exit("unknown argument: " + rest[0])
    os.makedirs(folder, exist_ok=True)
    options = {"tls_context": tls, "require_starttls": True} if tls else {}
    controller = Controller(Sink(folder, rejected), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("smtp-sink listening on %d" % port, flush=True)
    # SIGTERM's default action ends the process; a message is on disk once acknowledged.
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
