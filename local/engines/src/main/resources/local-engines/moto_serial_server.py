"""moto (Apache-2.0) as the local AWS emulator, one request at a time.

Started by ad.cass.online.local.engines.MotoEngine; not meant to be run by hand, though it can be:

    python3 moto_serial_server.py --port 0 --outbox .local/outbox

Why a launcher of our own rather than `moto_server`:
- moto's own server runs requests on threads, and its DynamoDB is not atomic under them: 20 concurrent
  conditional UpdateItems (ADD a 1 if a < 5) lost an update in 1 trial of 30. DynamoDB promises per-item
  atomicity and the sign-in lockout depends on it, so every request here runs alone (a lock around the
  whole WSGI call). Connections are still accepted on threads, so a slow client blocks nobody's accept.
- It binds 127.0.0.1 only, on the port asked for (0: any free one), and says which on standard output
  ("READY <port>") once it listens, so the caller never races another process for a port.
- It ends when its standard input closes: the JVM that started it holds the other end, so the emulator
  goes with it however the JVM ends (exit, Ctrl-C, kill -9, crash) and leaves nothing listening.
- Each e-mail that moto's SES v2 accepted (verified sender, valid addresses) is also written as a
  readable .eml file into --outbox, since nothing is sent locally.
  GET /_local/outbox lists them, oldest first, as JSON (file, from, to, date, subject, text).
- GET /_local/writes answers how many DynamoDB writes it has served, so the caller saves the tables
  (--data) only when something changed.
"""

import argparse
import io
import json
import os
import re
import sys
import threading
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formatdate

try:
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import WSGIRequestHandler, make_server
except ImportError as missing:  # the Java side reads this line and tells the developer what to install
    print("MISSING " + str(missing), flush=True)
    sys.exit(3)

DYNAMODB_WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems",
                   "CreateTable", "DeleteTable", "UpdateTable", "UpdateTimeToLive"}


class SerialApp:
    """Runs the wrapped WSGI app for one request at a time, body read before and response drained inside."""

    def __init__(self, app, outbox):
        self.app = app
        self.outbox = outbox
        self.lock = threading.Lock()
        self.writes = 0
        self.mails = self._last_mail_number()

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") == "/_local/writes":
            return self._json(start_response, {"dynamodbWrites": self.writes})
        if environ.get("PATH_INFO") == "/_local/outbox":
            with self.lock:  # not while a mail is being written
                return self._json(start_response, self._read_outbox())
        length = int(environ.get("CONTENT_LENGTH") or 0)
        request = environ["wsgi.input"].read(length) if length > 0 else b""
        environ["wsgi.input"] = io.BytesIO(request)
        response = {}

        def capture(status, headers, exc_info=None):
            response["status"] = status
            response["headers"] = headers
            return lambda data: chunks.append(data)

        chunks = []
        with self.lock:
            result = self.app(environ, capture)
            try:
                chunks.extend(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
            ok = response["status"].startswith("2")
            target = environ.get("HTTP_X_AMZ_TARGET", "")
            if ok and target.startswith("DynamoDB_") and target.split(".")[-1] in DYNAMODB_WRITES:
                self.writes += 1
            if ok and environ.get("REQUEST_METHOD") == "POST" and environ.get("PATH_INFO") == "/v2/email/outbound-emails":
                self._keep_mail(request, b"".join(chunks))
        start_response(response["status"], response["headers"])
        return chunks

    @staticmethod
    def _json(start_response, value):
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        start_response("200 OK", [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body)))])
        return [body]

    def _read_outbox(self):
        if not self.outbox:
            return []
        messages = []
        for name in sorted(f for f in os.listdir(self.outbox) if f.endswith(".eml") and not f.startswith(".")):
            with open(os.path.join(self.outbox, name), "rb") as eml:
                mail = BytesParser(policy=policy.default).parse(eml)
            text = mail.get_body(preferencelist=("plain",))
            messages.append({"file": name, "from": str(mail["From"] or ""), "to": str(mail["To"] or ""),
                             "date": str(mail["Date"] or ""), "subject": str(mail["Subject"] or ""),
                             "text": text.get_content().strip() if text is not None else ""})
        return messages

    def _last_mail_number(self):
        if not self.outbox:
            return 0
        os.makedirs(self.outbox, exist_ok=True)
        numbers = [int(m.group(1)) for m in (re.match(r"(\d+)-", f) for f in os.listdir(self.outbox)) if m]
        return max(numbers, default=0)

    def _keep_mail(self, request, answer):
        if not self.outbox:
            return
        try:
            sent = json.loads(request)
            message_id = json.loads(answer)["MessageId"]
            simple = sent["Content"]["Simple"]
        except (ValueError, KeyError):
            return  # raw or templated content: nothing this project sends
        mail = EmailMessage()
        mail["Message-ID"] = "<%s@local.cass>" % message_id
        mail["Date"] = formatdate(localtime=True)
        mail["From"] = sent.get("FromEmailAddress", "")
        mail["To"] = ", ".join(sent.get("Destination", {}).get("ToAddresses", []))
        mail["Subject"] = simple["Subject"]["Data"]
        body = simple.get("Body", {})
        text = body.get("Text", {}).get("Data")
        html = body.get("Html", {}).get("Data")
        # 8bit keeps the .eml readable in a text editor; the local outbox is for people to read
        mail.set_content(text if text is not None else "", cte="8bit")
        if html is not None:
            mail.add_alternative(html, subtype="html", cte="8bit")
        self.mails += 1
        name = "%05d-%s.eml" % (self.mails, message_id)
        temporary = os.path.join(self.outbox, "." + name)
        with open(temporary, "wb") as out:
            out.write(bytes(mail))
        os.replace(temporary, os.path.join(self.outbox, name))  # a reader never sees half a file


class QuietHandler(WSGIRequestHandler):
    def log_request(self, code="-", size="-"):
        pass  # one line per request would drown the local runtime's own output


def exit_when_parent_goes():
    sys.stdin.buffer.read()  # returns only at end of file: the parent closed the pipe or died
    os._exit(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--outbox", default=None)
    parser.add_argument("--no-parent-watch", action="store_true", help="keep running when stdin closes")
    args = parser.parse_args()

    app = SerialApp(DomainDispatcherApplication(create_backend_app), args.outbox)
    server = make_server("127.0.0.1", args.port, app, threaded=True, request_handler=QuietHandler)
    if not args.no_parent_watch:
        threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    print("READY %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
