// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Tally.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace rt::vote {

namespace {
const QString Choices = QStringLiteral("choices");
const QString Ranking = QStringLiteral("ranking");
const QString Scale = QStringLiteral("scale");
const QString Text = QStringLiteral("text");

BallotCheck refuse(const QString& why)
{
    return {{}, why};
}

/** An integral JSON number in [lo, hi], or -1. */
int index(const QJsonValue& v, int lo, int hi)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < lo || d > hi)
        return -1;
    return int(d);
}

/** True when the top-level object has at most one member: QJsonDocument keeps only one of
 *  duplicate keys, so count the separators at depth 1 in the raw text. */
bool singleMember(const QByteArray& json)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            return false;
        }
    }
    return true;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

PollKind pollKindFromString(const QString& kind)
{
    static const QHash<QString, PollKind> map = {
        {QStringLiteral("choice"), PollKind::Choice},       {QStringLiteral("multi"), PollKind::Multi},
        {QStringLiteral("ranking"), PollKind::Ranking},     {QStringLiteral("scale"), PollKind::Scale},
        {QStringLiteral("wordcloud"), PollKind::WordCloud}, {QStringLiteral("open"), PollKind::Open},
    };
    return map.value(kind, PollKind::Unknown);
}

QString pollKindName(PollKind kind)
{
    switch (kind) {
    case PollKind::Choice:
        return QStringLiteral("choice");
    case PollKind::Multi:
        return QStringLiteral("multi");
    case PollKind::Ranking:
        return QStringLiteral("ranking");
    case PollKind::Scale:
        return QStringLiteral("scale");
    case PollKind::WordCloud:
        return QStringLiteral("wordcloud");
    case PollKind::Open:
        return QStringLiteral("open");
    case PollKind::Unknown:
        break;
    }
    return {};
}

int scaleLevels(int optionCount)
{
    return optionCount >= 2 ? optionCount : 5;
}

BallotCheck checkBallot(PollKind kind, int optionCount, int maxChoices, const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return refuse(QStringLiteral("not a JSON object"));
    if (!singleMember(body))
        return refuse(QStringLiteral("expected exactly one key"));
    const QJsonObject o = doc.object();
    const QString key = [&] {
        switch (kind) {
        case PollKind::Choice:
        case PollKind::Multi:
            return Choices;
        case PollKind::Ranking:
            return Ranking;
        case PollKind::Scale:
            return Scale;
        case PollKind::WordCloud:
        case PollKind::Open:
            return Text;
        case PollKind::Unknown:
            break;
        }
        return QString();
    }();
    if (key.isEmpty())
        return refuse(QStringLiteral("unknown poll kind"));
    if (o.size() != 1 || !o.contains(key))
        return refuse(QStringLiteral("expected exactly the key \"%1\"").arg(key));
    const QJsonValue v = o.value(key);

    switch (kind) {
    case PollKind::Choice:
    case PollKind::Multi:
    case PollKind::Ranking: {
        if (!v.isArray())
            return refuse(QStringLiteral("\"%1\" must be an array").arg(key));
        const QJsonArray a = v.toArray();
        QSet<int> seen;
        QJsonArray out;
        for (const QJsonValue& e : a) {
            const int i = index(e, 0, optionCount - 1);
            if (i < 0)
                return refuse(QStringLiteral("\"%1\" holds something that is not an option index").arg(key));
            if (seen.contains(i))
                return refuse(QStringLiteral("\"%1\" names option %2 twice").arg(key).arg(i));
            seen.insert(i);
            out.append(i);
        }
        if (kind == PollKind::Choice && a.size() != 1)
            return refuse(QStringLiteral("a single-choice poll takes exactly one choice"));
        if (kind == PollKind::Multi && a.isEmpty())
            return refuse(QStringLiteral("no choice made"));
        if (kind == PollKind::Multi && maxChoices > 0 && a.size() > maxChoices)
            return refuse(QStringLiteral("at most %1 choices").arg(maxChoices));
        if (kind == PollKind::Ranking && a.size() != optionCount)
            return refuse(QStringLiteral("a ranking must place every option once"));
        return {compact(QJsonObject {{key, out}}), {}};
    }
    case PollKind::Scale: {
        const int n = index(v, 1, scaleLevels(optionCount));
        if (n < 1)
            return refuse(QStringLiteral("\"scale\" must be a whole number from 1 to %1")
                              .arg(scaleLevels(optionCount)));
        return {compact(QJsonObject {{key, n}}), {}};
    }
    case PollKind::WordCloud:
    case PollKind::Open: {
        if (!v.isString())
            return refuse(QStringLiteral("\"text\" must be a string"));
        const QString text = v.toString();
        const int limit = kind == PollKind::WordCloud ? 100 : 500;
        if (text.trimmed().isEmpty())
            return refuse(QStringLiteral("the answer is empty"));
        if (text.size() > limit)
            return refuse(QStringLiteral("the answer is longer than %1 characters").arg(limit));
        for (QChar c : text) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                return refuse(QStringLiteral("the answer holds control characters"));
        }
        return {compact(QJsonObject {{key, text}}), {}};
    }
    case PollKind::Unknown:
        break;
    }
    return refuse(QStringLiteral("unknown poll kind"));
}

QByteArray handAnswer(PollKind kind, int option, int optionCount)
{
    switch (kind) {
    case PollKind::Choice:
    case PollKind::Multi:
        return compact(QJsonObject {{Choices, QJsonArray {option}}});
    case PollKind::Scale:
        return compact(QJsonObject {{Scale, option + 1}});
    default: // a show of hands cannot express a ranking or a text
        Q_UNUSED(optionCount)
        break;
    }
    return {};
}

QList<WordCount> wordFrequencies(const QStringList& texts)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto trimmable = [](QChar c) { return !c.isLetterOrNumber(); };
    QHash<QString, int> counts;
    for (const QString& text : texts) {
        const QStringList words = text.split(space, Qt::SkipEmptyParts);
        for (const QString& raw : words) {
            qsizetype from = 0, to = raw.size();
            while (from < to && trimmable(raw.at(from)))
                ++from;
            while (to > from && trimmable(raw.at(to - 1)))
                --to;
            if (to > from)
                ++counts[raw.mid(from, to - from).toCaseFolded()];
        }
    }
    QList<WordCount> out;
    out.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const WordCount& a, const WordCount& b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    return out;
}

Results tally(PollKind kind, int optionCount, const QList<QByteArray>& answers)
{
    return tally(kind, optionCount, answers, {});
}

Reveal revealFromString(const QString& reveal)
{
    return reveal == QLatin1String("closed") ? Reveal::Closed : Reveal::Live;
}

QString revealName(Reveal reveal)
{
    return reveal == Reveal::Closed ? QStringLiteral("closed") : QStringLiteral("live");
}

bool roomSeesResults(const QString& state, Reveal reveal)
{
    return state == QLatin1String("closed") || reveal == Reveal::Live;
}

Results tally(PollKind kind, int optionCount, const QList<QByteArray>& answers, const QList<bool>& hidden)
{
    Results r;
    r.kind = kind;
    const int n = std::max(optionCount, 0);
    if (kind == PollKind::Scale)
        r.counts.fill(0, scaleLevels(n));
    else if (kind == PollKind::Choice || kind == PollKind::Multi || kind == PollKind::Ranking)
        r.counts.fill(0, n);
    QStringList texts;
    double sum = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QByteArray& answer = answers.at(i);
        if (hidden.value(i)) {
            ++r.hidden;
            continue;
        }
        // Stored answers were checked when cast, but merged or imported files may not fit:
        // recount strictly and report the rest. Multi's limit may have changed since: ignore it.
        const BallotCheck check = checkBallot(kind, n, 0, answer);
        if (!check.ok()) {
            ++r.ignored;
            continue;
        }
        ++r.ballots;
        const QJsonObject o = QJsonDocument::fromJson(check.json).object();
        switch (kind) {
        case PollKind::Choice:
        case PollKind::Multi:
            for (const QJsonValue& v : o.value(Choices).toArray())
                ++r.counts[v.toInt()];
            break;
        case PollKind::Ranking: {
            const QJsonArray order = o.value(Ranking).toArray();
            for (int p = 0; p < order.size(); ++p)
                r.counts[order.at(p).toInt()] += n - 1 - p;
            break;
        }
        case PollKind::Scale: {
            const int level = o.value(Scale).toInt();
            ++r.counts[level - 1];
            sum += level;
            break;
        }
        case PollKind::WordCloud:
        case PollKind::Open:
            texts.append(o.value(Text).toString());
            break;
        case PollKind::Unknown:
            break;
        }
    }
    if (kind == PollKind::Scale && r.ballots > 0)
        r.mean = sum / r.ballots;
    if (kind == PollKind::WordCloud)
        r.words = wordFrequencies(texts);
    if (kind == PollKind::WordCloud || kind == PollKind::Open)
        r.answers = texts;
    return r;
}

} // namespace rt::vote
