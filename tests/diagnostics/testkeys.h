// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RSA public keys (DER SubjectPublicKeyInfo, base64) as DKIM records publish them; the private
// halves were thrown away. Made with: openssl genrsa BITS | openssl rsa -pubout -outform DER | base64
namespace TestKeys
{
inline constexpr char rsa2048[]
    = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz8aIgE5qnsS5cFbasjr2h2iMGZfd8GAyvWpUoPA32dcjB4Oy+"
      "SymnAWDHs8rdG8sfe4iM3wgulKf2ZImKYfJaetKn7Px61FnN4yn/"
      "0gfABGgdwA9OYXqteRsJsbFIITkxabmSarFoe1UjMxvbiZkCrLZ2gc0yoWwE+v+iFT9vzMYu04/"
      "5N6UvwAmOkV6ilH8EzayyJXTLOoNm4D7UshDkfqA4J87rRqS74x7jrdkmVx62Wo0Qs5t2WgMLQsLscWnvu8OyW1PhVLOFpG0owxywZ+"
      "Z8pktn6lWNUJaZyVs3+jV+gni7wvk+ZHZ/gNJTwyfzB0BWnmZ0pv7Q0bs3cFtTQIDAQAB";
inline constexpr char rsa1024[] = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC5eFxrzuBDmB0fXgs/zPByFvk+ovkHU/"
                                  "IrMSD448nXqNLG843ED5LZBi5l5jpi2muKxPsedtVrSY6hwEXsP2eMIdYBP5Wgq9YwjgCSSdzUy2GshRT1F1"
                                  "1WVmvTrmHS7tfQPI/OXuGfEghkWs9HHTg8Dn18RFLfHL7Fjmp76uOPzwIDAQAB";
inline constexpr char rsa512[] = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMfh+XPQxXQmSU1R+"
                                 "sthrnr1ltiWZpDt5tmrlb5C0QLJGzW0ol7nUJqkjrXGSuwNKxIjUnqQr6xzUxFRtu7fUHMCAwEAAQ==";
} // namespace TestKeys
