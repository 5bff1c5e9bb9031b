"""Who may join: a self-signed certificate on the host, pinned by its SHA-256 fingerprint, and
a 6-digit join code checked with SPAKE2 (issue 15).

TLS-PSK is not in Python's ssl before 3.13, and a short code used as a key could be guessed
offline from one recorded exchange. SPAKE2 (a password-authenticated key exchange, as
magic-wormhole uses) allows one guess per connection attempt. Both sides then prove the shared
key over the certificate's fingerprint as each saw it: a wrong code, or anyone in between
with another certificate, fails the proof, and nothing is exchanged. A referent keeps the
fingerprint it proved and refuses any other certificate on reconnecting.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
import ssl
from pathlib import Path

from spake2 import SPAKE2_A, SPAKE2_B

ID_REFERENT, ID_HOST = b"sus-desktop referent", b"sus-desktop host"
CODE = re.compile(r"\d{6}")

WRONG_CODE = "Koden er forkert. Tjek de 6 cifre på facilitatorens skærm, og prøv igen."
BAD_CODE = "Koden skal være 6 cifre, fx 123456."
OTHER_HOST = (
    "Værten viser et andet certifikat end ved sidste forbindelse. Af sikkerhedshensyn "
    "forbindes der ikke; deltag i mødet igen med en ny kode."
)


class WrongCode(Exception):
    """The join code did not match (str: Danish)."""


def check_code(code: str) -> str:
    code = code.strip().replace(" ", "")
    if not CODE.fullmatch(code):
        raise ValueError(BAD_CODE)
    return code


def new_code() -> str:
    import secrets

    return f"{secrets.randbelow(1_000_000):06d}"


def fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def ensure_certificate(folder: Path) -> tuple[Path, Path, str]:
    """The host's certificate and key (made once, kept private in the data folder) and the
    certificate's fingerprint."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "sync-cert.pem", folder / "sync-key.pem"
    if not (cert_path.exists() and key_path.exists()):
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SUS Desktop")])
        now = datetime.datetime.now(datetime.timezone.utc)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .sign(key, hashes.SHA256())
        )
        key_bytes = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_private(key_path, key_bytes)
        _write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))
    der = ssl.PEM_cert_to_DER_cert(cert_path.read_text("ascii"))
    return cert_path, key_path, fingerprint(der)


def _write_private(path: Path, data: bytes) -> None:
    import os

    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


def client_context() -> ssl.SSLContext:
    """No CA can vouch for a laptop's certificate: it is pinned by fingerprint instead
    (proved with the join code, then remembered)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class Pake:
    """One side of the SPAKE2 exchange and the key confirmation bound to the certificate."""

    def __init__(self, code: str, host: bool) -> None:
        pw = check_code(code).encode("ascii")
        self.host = host
        self._s = (SPAKE2_B if host else SPAKE2_A)(pw, idA=ID_REFERENT, idB=ID_HOST)
        self.key: bytes | None = None

    def start(self) -> bytes:
        return self._s.start()

    def finish(self, theirs: bytes) -> None:
        try:
            self.key = self._s.finish(theirs)
        except Exception as exc:
            raise WrongCode(WRONG_CODE) from exc

    def proof(self, fp: str, mine: bool = True) -> bytes:
        assert self.key is not None
        role = (
            (b"host" if self.host else b"referent")
            if mine
            else (b"referent" if self.host else b"host")
        )
        return hmac.new(self.key, role + b"|" + fp.encode("ascii"), hashlib.sha256).digest()

    def check(self, fp: str, theirs: bytes) -> None:
        if not hmac.compare_digest(self.proof(fp, mine=False), theirs):
            raise WrongCode(WRONG_CODE)
