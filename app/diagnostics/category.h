// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Diagnostics
{

// What kind of failure an explanation describes. The ids (categoryId()) are part of the
// command-line contract (`kurier explain --json`), so they never change once released.
enum class Category {
    WrongCredentials,
    AppPasswordRequired,
    WebLoginRequired,
    OAuthRequired,
    SmtpAuthDisabled,
    EncryptionRequired,
    CertificateProblem,
    TlsOutdated,
    AuthenticationRequired,
    SenderNotAllowed,
    RecipientRejected,
    TooManyRecipients,
    MessageTooLarge,
    ContentRejected,
    SendingLimit,
    Temporary,
    DeliveryUnknown,
    HostNotFound,
    ConnectionRefused,
    Timeout,
    Configuration,
    Unknown,
};

QString categoryId(Category category);
std::optional<Category> categoryFromId(QStringView id);
QList<Category> allCategories();

} // namespace Diagnostics
