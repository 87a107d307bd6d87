// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include <QMetaType>
#include <array>

namespace rt {

namespace {

constexpr int Str = QMetaType::QString;
constexpr int Int = QMetaType::LongLong;
constexpr int Real = QMetaType::Double;
constexpr int Bool = QMetaType::Bool;

ColumnInfo col(const char* name, int type)
{
    return {QString::fromLatin1(name), type};
}
ColumnInfo ref(const char* name, Kind target, OnDelete onDelete)
{
    return {QString::fromLatin1(name), Int, target, onDelete};
}
QString s(const char* text)
{
    return QString::fromLatin1(text);
}

std::array<KindInfo, KindCount> buildInfos()
{
    using K = Kind;
    const auto cascade = OnDelete::Cascade;
    const auto setNull = OnDelete::SetNull;
    std::array<KindInfo, KindCount> a;
    a[int(K::Event)] = {K::Event,
                        s("event"),
                        {col("title", Str), col("date", Str), col("venue", Str), col("organiser", Str),
                         col("purpose", Str), col("disclaimer", Str), col("language", Str)},
                        {},
                        false,
                        {}};
    a[int(K::Source)] = {K::Source, s("source"), {col("file", Str), col("merged_at", Str)}, {}, true, {}};
    a[int(K::Prompt)] = {K::Prompt, s("prompt"), {col("key", Str), col("question", Str)}, {}, true, {}};
    a[int(K::Poll)] = {K::Poll,
                       s("poll"),
                       {col("question", Str), col("kind", Str), col("state", Str), col("max_choices", Int),
                        ref("place_id", K::Place, setNull), ref("source", K::Source, setNull)},
                       {},
                       true,
                       {}};
    a[int(K::PollOption)] = {
        K::PollOption, s("poll_option"), {ref("poll_id", K::Poll, cascade), col("text", Str)}, {s("poll_id")},
        true,          s("poll_id")};
    a[int(K::Vote)]
        = {K::Vote,
           s("vote"),
           {ref("poll_id", K::Poll, cascade), col("device", Str), col("cast_at", Str), col("answer", Str)},
           {s("poll_id")},
           false,
           s("poll_id")};
    a[int(K::AgendaItem)] = {K::AgendaItem,
                             s("agenda_item"),
                             {col("start", Str), col("end", Str), col("title", Str), col("kind", Str),
                              col("guidance", Str), ref("poll_id", K::Poll, setNull)},
                             {},
                             true,
                             {}};
    a[int(K::Table)] = {
        K::Table,
        s("topic_table"),
        {col("number", Int), col("topic", Str), col("facilitator", Str), ref("source", K::Source, setNull)},
        {},
        true,
        {}};
    a[int(K::Note)] = {K::Note,
                       s("note"),
                       {ref("table_id", K::Table, cascade), ref("prompt_id", K::Prompt, cascade),
                        col("text", Str), col("key_point", Bool), col("created", Str), col("edited", Str)},
                       {s("table_id"), s("prompt_id")},
                       true,
                       s("table_id")};
    a[int(K::Place)] = {
        K::Place, s("place"), {col("name", Str), col("priorities", Str), ref("source", K::Source, setNull)},
        {},       true,       {}};
    a[int(K::Aim)] = {K::Aim,
                      s("aim"),
                      {ref("place_id", K::Place, cascade), col("statement", Str), col("cohort", Str)},
                      {s("place_id")},
                      true,
                      s("place_id")};
    a[int(K::Idea)] = {K::Idea,
                       s("idea"),
                       {ref("aim_id", K::Aim, cascade), col("text", Str), col("impact", Real),
                        col("effort", Real), col("unsorted", Bool)},
                       {s("aim_id")},
                       true,
                       s("aim_id")};
    a[int(K::Driver)] = {K::Driver,
                         s("driver"),
                         {ref("aim_id", K::Aim, cascade), ref("parent_id", K::Driver, cascade),
                          col("text", Str), ref("idea_id", K::Idea, setNull)},
                         {s("aim_id"), s("parent_id")},
                         true,
                         s("aim_id")};
    a[int(K::Action)]
        = {K::Action,
           s("action"),
           {ref("place_id", K::Place, cascade), col("cohort", Str), col("idea", Str), col("action", Str),
            col("who", Str), col("by_when", Str), col("measure", Str), ref("idea_id", K::Idea, setNull)},
           {s("place_id")},
           true,
           s("place_id")};
    a[int(K::IndicatorColumn)] = {
        K::IndicatorColumn, s("indicator_column"), {col("name", Str), col("comparator", Bool)}, {}, true, {}};
    a[int(K::Indicator)]
        = {K::Indicator,
           s("indicator"),
           {col("domain", Str), col("indicator", Str), col("vals", Str), col("higher_is_better", Bool)},
           {},
           true,
           {}};
    return a;
}

} // namespace

const ColumnInfo* KindInfo::column(const QString& name) const
{
    for (const auto& c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const KindInfo& kindInfo(Kind kind)
{
    static const auto infos = buildInfos();
    Q_ASSERT(kind != Kind::None);
    return infos[size_t(kind)];
}

QString kindName(Kind kind)
{
    if (kind == Kind::Table)
        return s("table");
    if (kind == Kind::Indicator)
        return s("indicator");
    return kindInfo(kind).table;
}

} // namespace rt
