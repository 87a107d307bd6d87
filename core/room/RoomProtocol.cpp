// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/RoomProtocol.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace rt::room {

namespace {
const char Letters[] = "ABCDEFGHJKMNPQRSTVWXYZ23456789"; // 30 letters: 26 of them give ~128 bits
constexpr int SecretLength = 26;

QString tr(const char* text)
{
    return QCoreApplication::translate("rt::room", text);
}
} // namespace

QString newSecret()
{
    QString out;
    auto* rng = QRandomGenerator::system();
    for (int i = 0; i < SecretLength; ++i)
        out.append(QLatin1Char(Letters[rng->bounded(int(sizeof(Letters) - 1))]));
    return out;
}

QString joinCode(const QString& secret)
{
    QStringList groups;
    for (int i = 0; i < secret.size(); i += 4)
        groups.append(secret.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QString secretOf(const QUrl& url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.first() != QLatin1String("room"))
        return {};
    return parts.at(1);
}

QUrl parseRoom(const QString& typed, QString* error)
{
    const QString text = typed.trimmed();
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        QUrl url(text, QUrl::StrictMode);
        url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path());
        if (!url.isValid() || url.host().isEmpty() || secretOf(url).size() != SecretLength) {
            *error = tr("This is not a room's address: it looks like http://192.168.1.20:47800/room/….");
            return {};
        }
        if (url.port() < 0)
            url.setPort(DefaultPort);
        return url;
    }
    // "ADDRESS[:PORT] CODE": the code with or without its dashes and in any case.
    static const QRegularExpression form(QStringLiteral("^(\\S+?)(?::(\\d+))?\\s+([A-Za-z0-9\\- ]+)$"));
    const QRegularExpressionMatch m = form.match(text);
    QString code = m.hasMatch() ? m.captured(3).toUpper().remove(QLatin1Char('-')).remove(QLatin1Char(' '))
                                : QString();
    const QHostAddress address(m.captured(1));
    if (!m.hasMatch() || address.isNull() || code.size() != SecretLength) {
        *error = tr("Type the room's address, or the host laptop's address and the join code shown on it "
                    "(for example 192.168.1.20 ABCD-EFGH-…).");
        return {};
    }
    for (QChar c : code)
        if (!QByteArray(Letters).contains(char(c.toLatin1()))) {
            *error = tr("The join code has a letter it never uses (%1): check it on the host laptop.").arg(c);
            return {};
        }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m.captured(2).isEmpty() ? DefaultPort : m.captured(2).toInt());
    url.setPath(QStringLiteral("/room/") + code);
    return url;
}

bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const QByteArray& longer = a.size() >= b.size() ? a : b;
    for (int i = 0; i < longer.size(); ++i)
        diff |= static_cast<unsigned char>((i < a.size() ? a.at(i) : 0) ^ (i < b.size() ? b.at(i) : 0));
    return diff == 0;
}

} // namespace rt::room
