// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/harnessconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <optional>

namespace
{

constexpr int SupportedVersion = 1;
constexpr std::array AllServices{HarnessConfig::Service::Submission, HarnessConfig::Service::ImplicitTls,
                                 HarnessConfig::Service::Plain, HarnessConfig::Service::SizeLimited};

std::optional<HarnessConfig::Security> securityFromJson(const QString &text)
{
    if (text == u"none") {
        return HarnessConfig::Security::None;
    }
    if (text == u"starttls") {
        return HarnessConfig::Security::StartTls;
    }
    if (text == u"implicit-tls") {
        return HarnessConfig::Security::ImplicitTls;
    }
    return std::nullopt;
}

std::optional<HarnessConfig::Authentication> authenticationFromJson(const QString &text)
{
    if (text == u"not-offered") {
        return HarnessConfig::Authentication::NotOffered;
    }
    if (text == u"required") {
        return HarnessConfig::Authentication::Required;
    }
    return std::nullopt;
}

} // namespace

QString HarnessConfig::serviceName(Service service)
{
    switch (service) {
    case Service::Submission:
        return QStringLiteral("submission");
    case Service::ImplicitTls:
        return QStringLiteral("implicitTls");
    case Service::Plain:
        return QStringLiteral("plain");
    case Service::SizeLimited:
        return QStringLiteral("sizeLimited");
    }
    return {};
}

HarnessConfig HarnessConfig::load(const QString &stateDirectory)
{
    HarnessConfig config;
    const QString path = QDir(stateDirectory).filePath(QStringLiteral("harness.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        config.m_error = QStringLiteral("cannot read %1 (%2); is the harness started (ctest fixture \"postfix\")?")
                             .arg(path, file.errorString());
        return config;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        config.m_error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return config;
    }
    const QJsonObject root = document.object();
    if (root.value(u"version").toInt() != SupportedVersion) {
        config.m_error = QStringLiteral("%1 has version %2, this reader understands %3")
                             .arg(path)
                             .arg(root.value(u"version").toInt())
                             .arg(SupportedVersion);
        return config;
    }

    config.m_host = root.value(u"host").toString();
    config.m_tlsHostName = root.value(u"tlsHostName").toString();
    config.m_domain = root.value(u"domain").toString();
    config.m_caCertificatePath = root.value(u"caCertificate").toString();
    config.m_postfixLogPath = root.value(u"postfixLog").toString();
    if (config.m_host.isEmpty() || config.m_tlsHostName.isEmpty() || config.m_domain.isEmpty()) {
        config.m_error = QStringLiteral("%1 lacks host, tlsHostName or domain").arg(path);
        return config;
    }

    const QJsonObject endpoints = root.value(u"endpoints").toObject();
    for (const Service service : AllServices) {
        const QString name = serviceName(service);
        const QJsonObject object = endpoints.value(name).toObject();
        const int port = object.value(u"port").toInt();
        const auto security = securityFromJson(object.value(u"security").toString());
        const auto authentication = authenticationFromJson(object.value(u"authentication").toString());
        const qint64 sizeLimit = object.value(u"messageSizeLimit").toInteger();
        if (port <= 0 || port > 65535 || !security || !authentication || sizeLimit <= 0) {
            config.m_error = QStringLiteral("%1: endpoint \"%2\" is missing or incomplete").arg(path, name);
            return config;
        }
        config.m_endpoints.append(Endpoint{service, quint16(port), *security, *authentication, sizeLimit});
    }

    const QJsonObject users = root.value(u"users").toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        User user{it.key(), object.value(u"address").toString(), object.value(u"password").toString(),
                  object.value(u"maildir").toString()};
        if (user.address.isEmpty() || user.password.isEmpty() || user.maildir.isEmpty()) {
            config.m_error = QStringLiteral("%1: user \"%2\" is incomplete").arg(path, it.key());
            return config;
        }
        config.m_users.append(user);
    }
    if (config.m_users.isEmpty()) {
        config.m_error = QStringLiteral("%1 lists no users").arg(path);
        return config;
    }

    config.m_error.clear();
    return config;
}

HarnessConfig::Endpoint HarnessConfig::endpoint(Service service) const
{
    for (const Endpoint &candidate : m_endpoints) {
        if (candidate.service == service) {
            return candidate;
        }
    }
    return {};
}

HarnessConfig::User HarnessConfig::user(const QString &name) const
{
    for (const User &candidate : m_users) {
        if (candidate.name == name) {
            return candidate;
        }
    }
    return {};
}
