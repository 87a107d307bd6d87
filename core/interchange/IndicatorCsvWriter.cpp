// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/IndicatorCsvWriter.h"

#include "domain/JsonText.h"
#include "session/OutputFile.h"
#include "store/Store.h"

namespace rt {

namespace {

QString k(const char* name)
{
    return QString::fromLatin1(name);
}

/** Quoted when it holds a comma, quote, line break, or spaces the reader would trim. */
QString field(const QString& text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text != text.trimmed();
    if (!quote)
        return text;
    QString t = text;
    t.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

QByteArray IndicatorCsvWriter::toCsv(const Store* store)
{
    const QList<Row> columns = store->rows(Kind::IndicatorColumn);
    QStringList header {k("domain"), k("indicator")};
    for (const Row& c : columns) {
        const QString name = c.str(k("name"));
        header << field(c.flag(k("comparator")) ? k("comparator: ") + name : name);
    }
    header << k("higher_is_better");
    QString out = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const Row& r : store->rows(Kind::Indicator)) {
        const QStringList vals = jsontext::stringList(r.str(k("vals")));
        QStringList line {field(r.str(k("domain"))), field(r.str(k("indicator")))};
        for (int i = 0; i < columns.size(); ++i)
            line << field(vals.value(i));
        line << (r.flag(k("higher_is_better")) ? k("yes") : k("no"));
        out += line.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

bool IndicatorCsvWriter::writeFile(const Store* store, const QString& path, QString* error,
                                   const QStringList& inputs)
{
    if (const QString refusal = files::checkTarget(path, inputs); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    return files::writeFile(path, toCsv(store), inputs, error);
}

} // namespace rt
