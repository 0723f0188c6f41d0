// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/diagnostics/category.h"

#include <array>
#include <utility>

namespace Diagnostics
{

namespace
{

constexpr std::array<std::pair<Category, const char *>, 22> categoryIds{{
    {Category::WrongCredentials, "wrong-credentials"},
    {Category::AppPasswordRequired, "app-password-required"},
    {Category::WebLoginRequired, "web-login-required"},
    {Category::OAuthRequired, "oauth-required"},
    {Category::SmtpAuthDisabled, "smtp-auth-disabled"},
    {Category::EncryptionRequired, "encryption-required"},
    {Category::CertificateProblem, "certificate-problem"},
    {Category::TlsOutdated, "tls-outdated"},
    {Category::AuthenticationRequired, "authentication-required"},
    {Category::SenderNotAllowed, "sender-not-allowed"},
    {Category::RecipientRejected, "recipient-rejected"},
    {Category::TooManyRecipients, "too-many-recipients"},
    {Category::MessageTooLarge, "message-too-large"},
    {Category::ContentRejected, "content-rejected"},
    {Category::SendingLimit, "sending-limit"},
    {Category::Temporary, "temporary"},
    {Category::DeliveryUnknown, "delivery-unknown"},
    {Category::HostNotFound, "host-not-found"},
    {Category::ConnectionRefused, "connection-refused"},
    {Category::Timeout, "timeout"},
    {Category::Configuration, "configuration"},
    {Category::Unknown, "unknown"},
}};

} // namespace

QString categoryId(Category category)
{
    for (const auto &[value, id] : categoryIds) {
        if (value == category) {
            return QString::fromLatin1(id);
        }
    }
    return QStringLiteral("unknown");
}

std::optional<Category> categoryFromId(QStringView id)
{
    for (const auto &[value, name] : categoryIds) {
        if (id == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

QList<Category> allCategories()
{
    QList<Category> result;
    result.reserve(qsizetype(categoryIds.size()));
    for (const auto &entry : categoryIds) {
        result.append(entry.first);
    }
    return result;
}

} // namespace Diagnostics
