// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace rt {

class Document;

/**
 * The bar across the top of the pages while writes fail (a full disk, a vanished folder): says
 * what failed and that nothing typed is lost, and keeps trying. Once the file takes writes again
 * it says so (the kept text can be sent again); it goes when an edit reaches the file. It cannot
 * be dismissed while the failure lasts.
 */
class SaveBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SaveBanner(QWidget* parent = nullptr);
    void setDocument(Document* document);

    /** How often the document is tried again while the failure lasts. */
    static constexpr int RetryMs = 3000;

private:
    void showFailure(const QString& message);
    void retry();

    QPointer<Document> m_document;
    QLabel* m_text = nullptr;
    QPushButton* m_retry = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace rt
