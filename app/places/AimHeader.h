// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

namespace rt {

class Document;
enum class Kind;

/**
 * The heading of a page about one aim (its PICK chart, its driver diagram): the aim's sentence
 * with its place and cohort, kept up to date as the aim or its place is edited, or a hint of what
 * to do when no aim is chosen.
 */
class AimHeader : public QLabel
{
    Q_OBJECT
public:
    /** @param none the rich text shown while no aim is chosen */
    AimHeader(Document* document, const QString& none, QWidget* parent = nullptr);

    void setAim(qint64 aimId);
    qint64 aimId() const { return m_aim; }

signals:
    /** The aim's statement as now shown (empty when there is no aim), after every refresh. */
    void statementChanged(const QString& statement);

private:
    void refresh();
    void onRowUpdated(Kind kind, qint64 id, const QString& column);

    QPointer<Document> m_document;
    QString m_none;
    qint64 m_aim = 0;
};

} // namespace rt
