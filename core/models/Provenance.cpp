// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/Provenance.h"

#include "store/IdentityRepository.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace rt {

void Provenance::clear()
{
    m_entries.clear();
    m_names.clear();
    m_namesRead = false;
}

Provenance::Entry Provenance::entry(Store* store, qint64 id) const
{
    if (!store || id == 0)
        return {};
    auto it = m_entries.constFind(id);
    if (it != m_entries.cend())
        return *it;
    const Entry e = entryOf(store->stamps(m_kind, id));
    m_entries.insert(id, e);
    return e;
}

Provenance::Entry Provenance::entryOf(const QHash<QString, Stamp>& stamps) const
{
    Entry e;
    e.made = stamps.value(QString());
    // The latest change of what the row says. Moves (its place, its list) are not changes to it.
    const QStringList scope = kindInfo(m_kind).scope;
    Stamp latest;
    for (auto s = stamps.cbegin(); s != stamps.cend(); ++s) {
        if (s.key().isEmpty() || s.key() == QLatin1String("position") || scope.contains(s.key()))
            continue;
        if (latest.isNull() || latest < s.value())
            latest = s.value();
    }
    if (!latest.isNull() && latest.device != e.made.device)
        e.changed = latest;
    return e;
}

const QHash<QString, QString>& Provenance::names(Store* store) const
{
    if (!m_namesRead && store) {
        m_names = IdentityRepository(*store).deviceNames();
        m_namesRead = true;
    }
    return m_names;
}

QString Provenance::laptopName(Store* store, const QString& deviceId) const
{
    if (deviceId.isEmpty())
        return {};
    if (store && deviceId == store->device().id && !store->device().name.isEmpty()) {
        //: A laptop's name, for the laptop the program runs on
        return tr("%1 (this laptop)").arg(store->device().name);
    }
    const QString name = names(store).value(deviceId).trimmed();
    //: A laptop whose name the session file does not know
    return name.isEmpty() ? tr("another laptop") : name;
}

QString Provenance::madeByDevice(Store* store, qint64 id) const
{
    return entry(store, id).made.device;
}

QString Provenance::madeBy(Store* store, qint64 id) const
{
    return laptopName(store, entry(store, id).made.device);
}

QString Provenance::describe(Store* store, qint64 id) const
{
    const Entry e = entry(store, id);
    if (e.made.isNull())
        return {};
    QString out = madeText(m_kind, laptopName(store, e.made.device), when(e.made.at));
    if (!e.changed.isNull()) {
        //: %1 is a laptop's name, %2 when (a time, or a date and time)
        out += QLatin1Char('\n')
            + tr("Last changed on %1, %2").arg(laptopName(store, e.changed.device), when(e.changed.at));
    }
    return out;
}

QStringList Provenance::contributors(Store* store, const QHash<QString, int>& counts) const
{
    QList<QString> devices = counts.keys();
    devices.removeAll(QString());
    if (devices.isEmpty() || (devices.size() == 1 && store && devices.first() == store->device().id))
        return {};
    QList<QPair<QString, int>> named;
    for (const QString& d : std::as_const(devices))
        named.append({laptopName(store, d), counts.value(d)});
    std::sort(named.begin(), named.end(), [](const QPair<QString, int>& a, const QPair<QString, int>& b) {
        return a.second != b.second ? a.second > b.second : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    QStringList out;
    for (const auto& n : std::as_const(named)) {
        if (!out.contains(n.first)) // two laptops of one name read as one
            out << n.first;
    }
    return out;
}

QString Provenance::plainToolTip(const QString& plain)
{
    if (!plain.contains(QLatin1Char('<')))
        return plain;
    QString html = plain.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>") + html + QStringLiteral("</p>");
}

QString Provenance::when(const QString& isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    at = at.toLocalTime();
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString Provenance::madeText(Kind kind, const QString& laptop, const QString& when)
{
    switch (kind) {
    case Kind::Note:
        //: Where a table's note was typed: %1 is a laptop's name, %2 when
        return tr("Typed on %1, %2").arg(laptop, when);
    case Kind::Idea:
    case Kind::Action:
        //: Where an idea or action was added: %1 is a laptop's name, %2 when
        return tr("Added on %1, %2").arg(laptop, when);
    case Kind::Vote:
        //: Where a vote was cast: %1 is a laptop's name, %2 when
        return tr("Cast on %1, %2").arg(laptop, when);
    default:
        //: Where something was made: %1 is a laptop's name, %2 when
        return tr("Made on %1, %2").arg(laptop, when);
    }
}

QString Provenance::laptopList(const QStringList& laptops, int shown)
{
    if (laptops.size() <= shown + 1)
        return QLocale().createSeparatedList(laptops);
    QStringList parts = laptops.mid(0, shown);
    parts << tr("%n other laptop(s)", nullptr, int(laptops.size() - shown));
    return QLocale().createSeparatedList(parts);
}

} // namespace rt
