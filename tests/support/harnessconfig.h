// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What tests know about the running Postfix + Dovecot harness: read from the harness.json that
// tests/harness/postfix-harness.sh writes into its state directory, so ports, users and paths are
// defined in that script only. A config that failed to load is invalid and says why in
// errorString(); every accessor of an invalid config returns empty values.
//
// Passwords are secrets even here: pass them to the code under test, never to test output.
class HarnessConfig
{
public:
    // The four listeners (see postfix-harness.sh for their exact Postfix settings).
    enum class Service {
        Submission, // STARTTLS required, AUTH after TLS
        ImplicitTls, // TLS from the first byte, AUTH
        Plain, // no TLS and no AUTH offered; local recipients only
        SizeLimited, // like Submission with a small message_size_limit
    };
    enum class Security { None, StartTls, ImplicitTls };
    enum class Authentication { NotOffered, Required };

    struct Endpoint {
        Service service = Service::Submission;
        quint16 port = 0;
        Security security = Security::None;
        Authentication authentication = Authentication::NotOffered;
        qint64 messageSizeLimit = 0;
    };

    struct User {
        QString name; // "alice"
        QString address; // "alice@kurier.test"
        QString password;
        QString maildir; // Maildir root with cur/, new/ and tmp/
    };

    // Reads stateDirectory/harness.json.
    static HarnessConfig load(const QString &stateDirectory);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString host() const { return m_host; } // numeric loopback address the listeners bind to
    QString tlsHostName() const { return m_tlsHostName; } // the name the server certificate is for
    QString domain() const { return m_domain; } // the local mail domain
    QString caCertificatePath() const { return m_caCertificatePath; }
    QString postfixLogPath() const { return m_postfixLogPath; }

    Endpoint endpoint(Service service) const;
    QList<Endpoint> endpoints() const { return m_endpoints; }
    // By name ("alice", "bob"); a default User (empty address) if there is none.
    User user(const QString &name) const;
    QList<User> users() const { return m_users; }

    static QString serviceName(Service service);

private:
    QString m_error = QStringLiteral("not loaded");
    QString m_host;
    QString m_tlsHostName;
    QString m_domain;
    QString m_caCertificatePath;
    QString m_postfixLogPath;
    QList<Endpoint> m_endpoints;
    QList<User> m_users;
};
