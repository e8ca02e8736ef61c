"""Demo stories for Văn hóa. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "van-hoa"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Những hoạt động như vậy góp phần làm phong phú đời sống tinh thần của người dân Thủ "
        "đô, nhất là công nhân, người lao động ở các khu công nghiệp, khu nhà trọ."
    ),
    (
        "Gìn giữ và phát huy những giá trị ấy là trách nhiệm chung của cả cộng đồng, để văn "
        "hóa thực sự trở thành nguồn lực cho sự phát triển của Thủ đô."
    ),
    (
        "Đó cũng là cách để mỗi người dân, mỗi người lao động thêm yêu, thêm tự hào về Thủ "
        "đô ngàn năm văn hiến."
    ),
)

SEEDS = (
    Seed(
        key="lien-hoan",
        count=3,
        tags=(
            "văn nghệ",
            "liên hoan",
            "văn hóa",
            "công nhân",
        ),
        nums={"doi": "12-30", "tiet": "40-90", "vdv": "300-700/10"},
        titles=(
            "Liên hoan văn nghệ công nhân khu vực {place}: {doi} đội tranh tài",
            "Những “nghệ sĩ” đứng máy ban ngày, lên sân khấu buổi tối ở {place}",
            "Rộn ràng liên hoan tiếng hát công nhân, viên chức, lao động ở {place}",
        ),
        leads=(
            (
                "{doi} đội văn nghệ với hơn {vdv} diễn viên không chuyên là công nhân, viên "
                "chức, người lao động đã mang đến liên hoan {tiet} tiết mục ca, múa, nhạc, "
                "tiểu phẩm đặc sắc."
            ),
            (
                "Sau những giờ làm việc căng thẳng, công nhân ở {place} đã cùng nhau tập "
                "luyện, dàn dựng những tiết mục văn nghệ mang đậm hơi thở cuộc sống lao "
                "động."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn phối hợp với các cơ quan văn hóa tổ chức liên hoan văn "
                "nghệ công nhân, viên chức, lao động khu vực {place} năm {nam}, với sự tham "
                "gia của {doi} đội đến từ các doanh nghiệp, cơ quan, trường học."
            ),
            (
                "Sân khấu liên hoan văn nghệ ở {place} {buoi} sáng đèn với những tiết mục do "
                "chính công nhân biên đạo, luyện tập sau giờ tan ca. Nhiều đội mang theo cả "
                "cổ động viên là đồng nghiệp, người thân."
            ),
        ),
        paragraphs=(
            (
                "Các tiết mục tập trung ca ngợi quê hương, đất nước, Thủ đô Hà Nội và hình "
                "ảnh người công nhân trong thời kỳ mới. Nhiều tiết mục được dàn dựng công "
                "phu, kết hợp âm nhạc dân gian với vũ đạo hiện đại."
            ),
            (
                "Đội văn nghệ của {cty.full} gây ấn tượng với tiết mục múa “Bàn tay vàng” mô "
                "phỏng các thao tác trên dây chuyền sản xuất. {nu.Anh} {nu.name}, trưởng "
                "nhóm múa, cho biết cả đội tập luyện gần một tháng, chủ yếu vào buổi tối sau "
                "giờ tăng ca."
            ),
            (
                "Tiểu phẩm về chuyện phòng trọ, chuyện đồng lương công nhân của một đội đến "
                "từ khu công nghiệp khiến khán giả vừa cười vừa rưng rưng. Những câu chuyện "
                "rất đời, rất gần được kể bằng giọng hài hước, tinh tế."
            ),
            (
                "Kết thúc liên hoan, Ban tổ chức trao giải Nhất, Nhì, Ba toàn đoàn và nhiều "
                "giải cho tiết mục, diễn viên xuất sắc. Các tiết mục tiêu biểu sẽ được lựa "
                "chọn tham gia liên hoan cấp thành phố."
            ),
        ),
        captions=(
            "Tiết mục múa của đội văn nghệ {cty.name} tại liên hoan.",
            "Ban tổ chức trao giải cho các đội đạt thành tích cao.",
        ),
    ),
    Seed(
        key="tu-sach",
        count=3,
        tags=(
            "văn hóa đọc",
            "tủ sách",
            "thư viện",
            "công nhân",
        ),
        nums={"sach": "500-3000/50", "tu": "5-20"},
        titles=(
            "Trao {tu} tủ sách cho công nhân các khu nhà trọ ở {cty.area}",
            "Góc đọc sách trong khu trọ: món quà tinh thần của công nhân {cty.area}",
            "Tủ sách nhỏ gần {cty.name} thu hút công nhân đọc sách sau giờ làm",
        ),
        leads=(
            (
                "{tu} tủ sách với hơn {sach} cuốn sách pháp luật, kỹ năng sống, văn học và "
                "sách thiếu nhi vừa được trao tặng cho công nhân tại các khu nhà trọ ở "
                "{cty.area}."
            ),
            (
                "Giữa những dãy trọ chật chội, góc đọc sách nhỏ do Công đoàn xây dựng đã trở "
                "thành điểm hẹn quen thuộc của công nhân và con em họ mỗi buổi tối."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn phối hợp với Thư viện Hà Nội tổ chức trao tặng {tu} tủ "
                "sách cho công nhân tại các khu nhà trọ gần {cty.full}. Mỗi tủ có khoảng 150 "
                "đến 200 cuốn sách."
            ),
            (
                "Tủ sách đặt ngay tại phòng sinh hoạt chung của khu trọ gần {cty.full}, "
                "không cần thẻ, không cần đăng ký. Ai muốn đọc chỉ việc ghi tên vào sổ, đọc "
                "xong thì trả lại."
            ),
        ),
        paragraphs=(
            (
                "Sách được lựa chọn phù hợp với nhu cầu của công nhân: sách pháp luật lao "
                "động, bảo hiểm xã hội, kỹ năng nuôi dạy con, chăm sóc sức khỏe, cùng nhiều "
                "đầu sách văn học, truyện tranh cho thiếu nhi."
            ),
            (
                "{a.Anh} {a.name}, công nhân {cty.full}, chia sẻ: “Tối nào con tôi cũng sang "
                "mượn truyện. Còn tôi thích đọc sách về pháp luật lao động, biết thêm để bảo "
                "vệ quyền lợi của mình”."
            ),
            (
                "Theo {b.ong} {b.name}, đại diện Công đoàn, sách trong mỗi tủ được luân "
                "chuyển ba tháng một lần để công nhân luôn có sách mới. Công đoàn cơ sở cử "
                "người phụ trách, giữ gìn sách và ghi nhận nhu cầu đọc của người lao động."
            ),
            (
                "Cùng với tủ sách giấy, Công đoàn đang thử nghiệm thư viện điện tử, đặt mã "
                "QR tại khu trọ để công nhân có thể đọc sách, nghe sách nói trên điện thoại."
            ),
        ),
        captions=(
            "Công nhân và con em đọc sách tại tủ sách gần {cty.full}.",
            "Trao tặng tủ sách cho công nhân ở {cty.area}.",
        ),
    ),
    Seed(
        key="lang-nghe",
        count=3,
        tags=(
            "làng nghề",
            "di sản",
            "du lịch",
            "văn hóa",
        ),
        nums={"nam_nghe": "300-700/50", "ho": "80-400/10"},
        titles=(
            "Giữ lửa nghề truyền thống ở {lang.name}",
            "{lang.name} đón khách du lịch trải nghiệm làm nghề",
            "Người trẻ trở về {lang.name} nối nghề cha ông",
        ),
        leads=(
            (
                "Trải qua hàng trăm năm, {lang.name} ({lang.area}) vẫn giữ được nghề truyền "
                "thống; nhiều người trẻ đã trở về nối nghề, đưa sản phẩm làng nghề đến với "
                "du khách trong và ngoài nước."
            ),
            (
                "Kết hợp sản xuất với du lịch trải nghiệm, {lang.name} ({lang.area}) đang "
                "tìm hướng đi mới để nghề truyền thống không bị mai một."
            ),
        ),
        openings=(
            (
                "Có lịch sử khoảng {nam_nghe} năm, {lang.name} ở {lang.area} hiện có khoảng "
                "{ho} hộ còn giữ nghề. Những ngày này, nhịp làm nghề vẫn đều đặn trong các "
                "xưởng nhỏ nằm sâu trong ngõ."
            ),
            (
                "{Buoi}, đoàn du khách đầu tiên trong chương trình du lịch trải nghiệm làng "
                "nghề đã đến {lang.name} ({lang.area}), tự tay làm ra sản phẩm dưới sự hướng "
                "dẫn của các nghệ nhân."
            ),
        ),
        paragraphs=(
            (
                "Nghệ nhân {a.name}, người có hơn 40 năm gắn bó với nghề, cho biết cái khó "
                "nhất hiện nay là giữ chân thợ trẻ. “Nghề này phải kiên nhẫn, mất vài năm "
                "mới làm được sản phẩm đẹp. Nhiều cháu học được một thời gian lại bỏ đi làm "
                "công ty”, nghệ nhân {a.ten} nói."
            ),
            (
                "Khác với thế hệ trước, {b.anh} {b.name} ({b.tuoi} tuổi) sau khi tốt nghiệp "
                "đại học đã trở về làng, mở xưởng nhỏ và bán hàng qua mạng. Các sản phẩm "
                "được cách tân mẫu mã, phù hợp thị hiếu của người tiêu dùng trẻ."
            ),
            (
                "Chính quyền địa phương đã hỗ trợ làng nghề xây dựng nhãn hiệu tập thể, tham "
                "gia các hội chợ, kết nối với doanh nghiệp lữ hành. Một số hộ đã mở không "
                "gian trưng bày, đón khách tham quan và trải nghiệm làm sản phẩm."
            ),
            (
                "Tuy vậy, làng nghề vẫn đối mặt với nhiều thách thức như ô nhiễm môi trường, "
                "mặt bằng sản xuất chật hẹp, nguyên liệu ngày càng khan hiếm. Người dân mong "
                "thành phố sớm quy hoạch khu sản xuất tập trung để vừa giữ nghề vừa bảo vệ "
                "môi trường sống."
            ),
        ),
        captions=(
            "Nghệ nhân {lang.name} hoàn thiện sản phẩm.",
            "Du khách trải nghiệm làm nghề tại {lang.name}.",
        ),
    ),
)
