// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include "store/Columns.h"

#include <QMetaType>
#include <array>

namespace rt {

namespace {

constexpr int Str = QMetaType::QString;
constexpr int Int = QMetaType::LongLong;
constexpr int Real = QMetaType::Double;
constexpr int Bool = QMetaType::Bool;

ColumnInfo column(const QString& name, int type)
{
    return {name, type};
}
ColumnInfo ref(const QString& name, Kind target, OnDelete onDelete)
{
    return {name, Int, target, onDelete};
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
    a[int(K::Event)]
        = {K::Event,
           s("event"),
           {column(col::Title, Str), column(col::Date, Str), column(col::Venue, Str),
            column(col::Organiser, Str), column(col::Purpose, Str), column(col::Disclaimer, Str),
            column(col::Language, Str), column(col::NextSteps, Str), column(col::ExportSettings, Str)},
           {},
           false,
           {}};
    a[int(K::Source)]
        = {K::Source, s("source"), {column(col::File, Str), column(col::MergedAt, Str)}, {}, true, {}};
    a[int(K::Prompt)]
        = {K::Prompt, s("prompt"), {column(col::Key, Str), column(col::Question, Str)}, {}, true, {}};
    a[int(K::Poll)]
        = {K::Poll,
           s("poll"),
           {column(col::Question, Str), column(col::Kind, Str), column(col::State, Str),
            column(col::MaxChoices, Int), ref(col::PlaceId, K::Place, setNull),
            ref(col::Source, K::Source, setNull), column(col::Reveal, Str), column(col::Role, Str)},
           {},
           true,
           {}};
    a[int(K::PollOption)] = {K::PollOption,
                             s("poll_option"),
                             {ref(col::PollId, K::Poll, cascade), column(col::Text, Str)},
                             {col::PollId},
                             true,
                             col::PollId};
    a[int(K::Vote)] = {K::Vote,
                       s("vote"),
                       {ref(col::PollId, K::Poll, cascade), column(col::Device, Str),
                        column(col::CastAt, Str), column(col::Answer, Str), column(col::Hidden, Bool)},
                       {col::PollId},
                       false,
                       col::PollId};
    a[int(K::AgendaItem)]
        = {K::AgendaItem,
           s("agenda_item"),
           {column(col::Start, Str), column(col::End, Str), column(col::Title, Str), column(col::Kind, Str),
            column(col::Guidance, Str), ref(col::PollId, K::Poll, setNull), column(col::RoomText, Str)},
           {},
           true,
           {}};
    a[int(K::Table)] = {K::Table,
                        s("topic_table"),
                        {column(col::Number, Int), column(col::Topic, Str), column(col::Facilitator, Str),
                         ref(col::Source, K::Source, setNull)},
                        {},
                        true,
                        {}};
    a[int(K::Note)] = {K::Note,
                       s("note"),
                       {ref(col::TableId, K::Table, cascade), ref(col::PromptId, K::Prompt, cascade),
                        column(col::Text, Str), column(col::KeyPoint, Bool), column(col::Created, Str),
                        column(col::Edited, Str)},
                       {col::TableId, col::PromptId},
                       true,
                       col::TableId};
    a[int(K::Place)]
        = {K::Place,
           s("place"),
           {column(col::Name, Str), column(col::Priorities, Str), ref(col::Source, K::Source, setNull)},
           {},
           true,
           {}};
    a[int(K::Aim)]
        = {K::Aim,
           s("aim"),
           {ref(col::PlaceId, K::Place, cascade), column(col::Statement, Str), column(col::Cohort, Str)},
           {col::PlaceId},
           true,
           col::PlaceId};
    a[int(K::Idea)] = {K::Idea,
                       s("idea"),
                       {ref(col::AimId, K::Aim, cascade), column(col::Text, Str), column(col::Impact, Real),
                        column(col::Effort, Real), column(col::Unsorted, Bool)},
                       {col::AimId},
                       true,
                       col::AimId};
    a[int(K::Driver)] = {K::Driver,
                         s("driver"),
                         {ref(col::AimId, K::Aim, cascade), ref(col::ParentId, K::Driver, cascade),
                          column(col::Text, Str), ref(col::IdeaId, K::Idea, setNull)},
                         {col::AimId, col::ParentId},
                         true,
                         col::AimId};
    a[int(K::Action)]
        = {K::Action,
           s("action"),
           {ref(col::PlaceId, K::Place, cascade), column(col::Cohort, Str), column(col::Idea, Str),
            column(col::Action, Str), column(col::Who, Str), column(col::ByWhen, Str),
            column(col::Measure, Str), ref(col::IdeaId, K::Idea, setNull), column(col::Status, Str),
            column(col::Due, Str), column(col::Reviewed, Str)},
           {col::PlaceId},
           true,
           col::PlaceId};
    a[int(K::IndicatorColumn)] = {K::IndicatorColumn,
                                  s("indicator_column"),
                                  {column(col::Name, Str), column(col::Comparator, Bool)},
                                  {},
                                  true,
                                  {}};
    a[int(K::Indicator)] = {K::Indicator,
                            s("indicator"),
                            {column(col::Domain, Str), column(col::Indicator, Str), column(col::Vals, Str),
                             column(col::HigherIsBetter, Bool)},
                            {},
                            true,
                            {}};
    a[int(K::ActionUpdate)] = {K::ActionUpdate,
                               s("action_update"),
                               {ref(col::ActionId, K::Action, cascade), column(col::At, Str),
                                column(col::Who, Str), column(col::Text, Str), column(col::Status, Str)},
                               {col::ActionId},
                               true,
                               col::ActionId};
    a[int(K::IndicatorReading)]
        = {K::IndicatorReading,
           s("indicator_reading"),
           {ref(col::IndicatorId, K::Indicator, cascade), column(col::Period, Str), column(col::Vals, Str)},
           {col::IndicatorId},
           true,
           col::IndicatorId};
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

Kind kindFromName(const QString& name)
{
    for (int k = 0; k < KindCount; ++k) {
        if (kindName(Kind(k)) == name)
            return Kind(k);
    }
    return Kind::None;
}

} // namespace rt
