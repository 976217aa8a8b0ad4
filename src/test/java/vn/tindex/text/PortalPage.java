package vn.tindex.text;

import java.util.List;

/**
 * Wraps an article's text in a provincial portal page: a menu, a breadcrumb, the headline and date, the paragraphs,
 * a box of related articles full of dates, bodies and officials of their own, and a footer. None of the wrapping is
 * article text, so none of its facts may reach the record.
 */
final class PortalPage {
    private static final List<String> RELATED = List.of(
            "UBND tỉnh Hà Giang tổ chức phiên họp thường kỳ tháng 5/2021",
            "Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp công dân định kỳ ngày 15/6/2021",
            "Sở Tài chính hoàn thành 12/14 nhiệm vụ trọng tâm năm 2020",
            "Phó Chủ tịch UBND tỉnh Trần Đức Quý đề nghị các sở, ngành đẩy nhanh tiến độ");

    private PortalPage() {}

    static String wrap(String title, String published, String text) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">");
        page.append("<title>").append(escape(title)).append(" - Cổng thông tin điện tử tỉnh</title>");
        if (published != null) {
            page.append("<meta property=\"article:published_time\" content=\"").append(escape(published)).append("\">");
        }
        page.append("</head><body><header><div class=\"logo\">Cổng thông tin điện tử</div><nav><ul>")
                .append("<li><a href=\"/\">Trang chủ</a></li><li><a href=\"/gioi-thieu\">Giới thiệu</a></li>")
                .append("<li><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></li><li><a href=\"/van-ban\">Văn bản chỉ đạo</a>")
                .append("</li><li><a href=\"/lien-he\">Liên hệ</a></li></ul></nav></header>")
                .append("<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/tin-tuc\">Tin tức</a></div>")
                .append("<main><article class=\"news-detail\"><h1>").append(escape(title)).append("</h1>");
        if (published != null) {
            page.append("<div class=\"date\">").append(escape(published)).append("</div>");
        }
        page.append("<div class=\"content\">");
        for (String paragraph : text.split("\n\n")) {
            page.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        page.append("</div><div class=\"share\"><a href=\"#\">Chia sẻ</a> <a href=\"#\">In bài</a></div></article>")
                .append("<aside class=\"related\"><h3>Tin liên quan</h3><ul>");
        for (int i = 0; i < RELATED.size(); i++) {
            page.append("<li><a href=\"/tin-tuc/bai-").append(i).append(".html\">").append(RELATED.get(i))
                    .append("</a></li>");
        }
        page.append("</ul></aside></main><footer><p>Cơ quan chủ quản: Văn phòng UBND tỉnh. Địa chỉ: số 1 đường Hùng")
                .append(" Vương. Điện thoại: 0205.3812.345. Email: vanphong@example.gov.vn</p></footer></body></html>");
        return page.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
