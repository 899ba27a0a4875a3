#!/usr/bin/env python3
"""A local HTTP server for the fetch tests: serves the files of DOCROOT on 127.0.0.1 (any free
port, printed on the first line of stdout) and appends one line per request to LOG:
"PATH<TAB>User-Agent<TAB>If-None-Match<TAB>If-Modified-Since".

Files are read at each request, so a test changes what is served by writing them. Paths:
  /FILE               the file, with an ETag (of its bytes) and Last-Modified; 304 to a matching
                      If-None-Match (or, without one, an If-Modified-Since not older than it)
  /gzip/FILE          the same, sent with Content-Encoding: gzip
  /lm-only/FILE       Last-Modified only (no ETag)
  /redirect/FILE      302 to /FILE;  /redirect-loop  302 to itself
  /redirect-ftp       302 to an ftp:// URL
  /status/CODE        that status
  /slow/SECONDS       a page after that many seconds
  /big                21 MB of HTML without a Content-Length
The server stops when its stdin closes or on SIGTERM.
"""
import email.utils
import gzip
import hashlib
import http.server
import os
import socketserver
import sys
import threading
import time

DOCROOT = sys.argv[1]
LOG = sys.argv[2]
LOG_LOCK = threading.Lock()
TYPES = {".html": "text/html; charset=utf-8", ".rss": "application/rss+xml",
         ".atom": "application/atom+xml", ".json": "application/feed+json",
         ".bin": "application/octet-stream", ".xml": "text/xml"}
PAGE = b"<!doctype html><html><head><title>Slow</title></head><body><article><p>" + \
    b"A slow page that arrives late, long after the client stopped waiting for it." * 3 + \
    b"</p></article></body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def log_request_line(self):
        line = "\t".join([self.path, self.headers.get("User-Agent", ""),
                          self.headers.get("If-None-Match", ""),
                          self.headers.get("If-Modified-Since", "")])
        with LOG_LOCK, open(LOG, "a") as f:
            f.write(line + "\n")

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

    def do_GET(self):
        self.log_request_line()
        path = self.path
        if path.startswith("/status/"):
            return self.send(int(path[8:]), b"status page")
        if path.startswith("/slow/"):
            time.sleep(float(path[6:]))
            return self.send(200, PAGE, [("Content-Type", "text/html")])
        if path == "/redirect-loop":
            return self.send(302, b"", [("Location", "/redirect-loop")])
        if path == "/redirect-ftp":
            return self.send(302, b"", [("Location", "ftp://127.0.0.1/file.html")])
        if path.startswith("/redirect/"):
            return self.send(302, b"", [("Location", path[9:])])
        if path == "/big":
            return self.send_big()
        mode = ""
        for prefix in ("/gzip/", "/lm-only/"):
            if path.startswith(prefix):
                mode, path = prefix, path[len(prefix) - 1:]
        return self.send_file(path, mode)

    def send_big(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * ((1 << 20) - 3)
        try:
            for _ in range(21):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def send_file(self, path, mode):
        full = os.path.join(DOCROOT, path.lstrip("/"))
        if ".." in path or not os.path.isfile(full):
            return self.send(404, b"not found")
        with open(full, "rb") as f:
            body = f.read()
        mtime = int(os.path.getmtime(full))
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = [("Content-Type", TYPES.get(os.path.splitext(full)[1], "text/plain")),
                   ("Last-Modified", email.utils.formatdate(mtime, usegmt=True))]
        if mode != "/lm-only/":
            headers.append(("ETag", etag))
        if self.not_modified(etag if mode != "/lm-only/" else None, mtime):
            return self.send(304, b"", headers)
        if mode == "/gzip/":
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        return self.send(200, body, headers)

    def not_modified(self, etag, mtime):
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag is not None and inm == etag
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return email.utils.parsedate_to_datetime(ims).timestamp() >= mtime
            except (TypeError, ValueError):
                return False
        return False


class Server(http.server.ThreadingHTTPServer):
    def server_bind(self):
        # HTTPServer.server_bind looks the host's name up (getfqdn), which waits seconds for a
        # resolver on a machine without a network.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


def main():
    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # the test closes the pipe (or dies): stop
    server.shutdown()


if __name__ == "__main__":
    main()
