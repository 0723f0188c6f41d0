// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/smtp/phase.h"

#include <QMetaEnum>

namespace Smtp
{

QString phaseName(Phase phase)
{
    return QString::fromLatin1(QMetaEnum::fromType<Phase>().valueToKey(static_cast<int>(phase)));
}

} // namespace Smtp
