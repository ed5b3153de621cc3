"""`ketenplan-server --certfile --keyfile` serves HTTPS; the desktop's engine verifies the certificate:
one from a certificate authority it does not know is refused as not trusted (never as offline, never
retried), and accepted once $KETENPLAN_CA_FILE names that authority."""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
import subprocess
import sys
import time

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.store.replica import StoreReplica
from server.__main__ import main as server_main
from sync.client import transport
from sync.client.engine import SyncEngine
from sync.client.transport import CA_FILE_ENV, Transport
from sync.errors import InsecureServer, UntrustedCertificate
from tests.conftest import new_store
from tests.server.live import REPO, free_port, stop_process
from tests.sync.conftest import PASSWORD


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_certificates(folder) -> tuple[str, str, str]:
    """A municipality's own CA and a server certificate it signed for 127.0.0.1 and localhost:
    (ca file, certificate file, key file)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key, server_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Gemeente Test CA")).issuer_name(_name("Gemeente Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca.subject)
            .public_key(server_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    files = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    files[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    files[2].write_bytes(server_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return tuple(str(f) for f in files)


@pytest.fixture
def https_server(tmp_path, monkeypatch):
    """`python -m server --certfile --keyfile` on a data folder with one user: (url, ca file)."""
    monkeypatch.delenv(CA_FILE_ENV, raising=False)
    data = tmp_path / "server"
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", PASSWORD)
    admin = ["--data-dir", str(data), "admin"]
    assert server_main([*admin, "create-tenant", "Gemeente Hilversum", "--code", "0402"]) == 0
    assert server_main([*admin, "create-user", "--tenant", "0402", "sanne", "--name", "Sanne",
                        "--role", "klantmanager"]) == 0
    ca_file, cert_file, key_file = make_certificates(tmp_path)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--data-dir", str(data), "--port", str(port), "--log-level", "warning",
         "--certfile", cert_file, "--keyfile", key_file],
        cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"https://127.0.0.1:{port}"
    trusting = ssl.create_default_context(cafile=ca_file)
    deadline = time.monotonic() + 30
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError("the server ended:\n" + proc.stdout.read().decode(errors="replace"))
            try:
                if httpx.get(f"{url}/health", verify=trusting, timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield url, ca_file
    finally:
        stop_process(proc)


def test_the_server_speaks_only_tls_when_given_a_certificate(https_server):
    url, ca_file = https_server
    with pytest.raises(httpx.TransportError):  # plain http to the TLS port gets no answer
        httpx.get(url.replace("https://", "http://") + "/health", timeout=2)
    assert httpx.get(f"{url}/health", verify=ssl.create_default_context(cafile=ca_file)).json() == {"status": "ok"}


def test_an_unknown_certificate_authority_is_refused_as_not_trusted_then_accepted_with_its_ca_file(
        https_server, tmp_path, monkeypatch):
    url, ca_file = https_server
    store = new_store(tmp_path / "laptop")
    try:
        sleeps = []
        engine = SyncEngine(StoreReplica(store), connect=lambda u, token: Transport(u, token, sleep=sleeps.append))
        with pytest.raises(UntrustedCertificate) as refused:
            engine.enrol(url, "sanne", PASSWORD, "werklaptop")
        assert refused.value.code == "untrusted_certificate"
        assert "certificate is not trusted" in refused.value.message and CA_FILE_ENV in refused.value.message
        assert sleeps == []  # not retried: the same certificate would come back
        assert not engine.is_enrolled()

        monkeypatch.setenv(CA_FILE_ENV, ca_file)
        account = engine.enrol(url, "sanne", PASSWORD, "werklaptop")
        assert account.username == "sanne"
        report = engine.sync()
        assert report.pulled >= 1  # the directory came, over TLS
        # Public certificates still verify with the extra CA: it is added to the bundle, not instead of it.
        assert transport.tls_context().cert_store_stats()["x509_ca"] > 100
    finally:
        store.close()


def test_plain_http_is_refused_before_anything_is_sent_except_to_this_computer(tmp_path):
    store = new_store(tmp_path / "laptop")
    sent = []
    try:
        engine = SyncEngine(StoreReplica(store), connect=lambda u, token: sent.append(u))
        with pytest.raises(InsecureServer):
            engine.enrol("http://ketenplan.gemeente.nl", "sanne", PASSWORD, "werklaptop")
        assert sent == []
        with pytest.raises(InsecureServer):
            Transport("http://10.0.0.5:8765")
    finally:
        store.close()
