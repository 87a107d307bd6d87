// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/AimHeader.h"

#include "domain/Kind.h"
#include "places/PlaceText.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

namespace rt {

AimHeader::AimHeader(Document* document, const QString& none, QWidget* parent)
    : QLabel(parent)
    , m_document(document)
    , m_none(none)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    auto attach = [this] {
        if (m_document && m_document->store())
            connect(m_document->store(), &Store::rowUpdated, this, &AimHeader::onRowUpdated,
                    Qt::UniqueConnection);
    };
    connect(document, &Document::opened, this, attach);
    attach();
    refresh();
}

void AimHeader::setAim(qint64 aimId)
{
    m_aim = aimId;
    refresh();
}

void AimHeader::onRowUpdated(Kind kind, qint64 id, const QString&)
{
    if ((kind == Kind::Aim && id == m_aim) || kind == Kind::Place)
        refresh();
}

void AimHeader::refresh()
{
    if (!m_document || !m_document->store() || m_aim <= 0) {
        setText(m_none);
        emit statementChanged({});
        return;
    }
    const Row aim = m_document->store()->row(Kind::Aim, m_aim);
    const Row place = m_document->store()->row(Kind::Place, aim.ref(col::PlaceId));
    setText(placetext::aimSentenceHtml(place.str(col::Name), aim.str(col::Statement), aim.str(col::Cohort)));
    emit statementChanged(aim.str(col::Statement));
}

} // namespace rt
