#!/bin/sh
# Regenerates the test certificates of tst_probe_certificates in a Let's Encrypt layout.
# Fixed validity dates (openssl ca -startdate/-enddate) so the tests can assert exact values.
# Only PUBLIC certificates are kept: every private key is deleted before this script ends.
#   sh make-certs.sh    (from this directory; needs openssl >= 1.1.1)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p newcerts
: >index.txt
echo 1000 >serial
cat >ca.cnf <<'CNF'
[ca]
default_ca = test_ca
[test_ca]
dir = .
database = ./index.txt
new_certs_dir = ./newcerts
serial = ./serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = copy
[any]
commonName = supplied
organizationName = optional
[v3_ca]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
CNF

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out ca.key 2>/dev/null
openssl req -new -key ca.key -subj "/O=Vigie Tests/CN=Vigie Test CA" -out ca.csr
openssl ca -batch -config ca.cnf -selfsign -keyfile ca.key -extensions v3_ca -in ca.csr \
    -startdate 20260101000000Z -enddate 20360101000000Z -out ca.pem 2>/dev/null

# leaf NAME KEYALG-OPTIONS START END SANS
leaf() {
    name=$1 start=$3 end=$4 sans=$5
    # shellcheck disable=SC2086
    openssl genpkey $2 -out "$name.key" 2>/dev/null
    openssl req -new -key "$name.key" -subj "/CN=${6:-$name}" -addext "subjectAltName=$sans" \
        -out "$name.csr"
    openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -extensions leaf \
        -in "$name.csr" -startdate "$start" -enddate "$end" -out "$name.crt" 2>/dev/null
    # cert.pem as certbot writes it: the PEM block only.
    openssl x509 -in "$name.crt" -out "$name.pem"
}
leaf main "-algorithm EC -pkeyopt ec_paramgen_curve:P-256" 20260208120000Z 20260509120000Z \
    "DNS:example.test,DNS:app.example.test" example.test
leaf wildcard "-algorithm RSA -pkeyopt rsa_keygen_bits:2048" 20260208120500Z 20260509120500Z \
    "DNS:*.example.test" "*.example.test"
leaf expired "-algorithm EC -pkeyopt ec_paramgen_curve:P-256" 20250101000000Z 20250401000000Z \
    "DNS:old.example.test" old.example.test
leaf edwards "-algorithm ED25519" 20260101000000Z 20270101000000Z \
    "DNS:ed.example.test,IP:127.0.0.1" ed.example.test

out=$here/letsencrypt/live
rm -rf "$here/letsencrypt" "$here/ca.pem" "$here/ed25519.pem"
mkdir -p "$out/example.test" "$out/example.test-0001" "$out/old.example.test"
cp main.pem "$out/example.test/cert.pem"
cat main.pem ca.pem >"$out/example.test/fullchain.pem"
cp wildcard.pem "$out/example.test-0001/cert.pem"
cp expired.pem "$out/old.example.test/cert.pem"
cp edwards.pem "$here/ed25519.pem"
cp ca.pem "$here/ca.pem"
rm -f ./*.key # never keep a private key (the trap removes the work dir too)
