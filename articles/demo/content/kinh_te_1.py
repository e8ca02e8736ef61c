"""Demo stories for Kinh tế. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "kinh-te"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Theo các chuyên gia, doanh nghiệp và người lao động cần chủ động thích ứng, nâng "
        "cao kỹ năng để đón đầu những thay đổi của thị trường trong thời gian tới."
    ),
    (
        "Các cơ quan chức năng cho biết sẽ tiếp tục theo dõi sát diễn biến thị trường, kịp "
        "thời có giải pháp hỗ trợ doanh nghiệp và người lao động khi cần thiết."
    ),
    (
        "Giới chuyên gia nhận định, với đà phục hồi hiện nay, kinh tế Thủ đô có cơ sở để đạt "
        "mục tiêu tăng trưởng đề ra, song cần đặc biệt chú ý đến chất lượng việc làm và thu "
        "nhập của người lao động."
    ),
)

SEEDS = (
    Seed(
        key="gia-vang",
        count=3,
        tags=(
            "giá vàng",
            "vàng miếng",
            "thị trường",
            "đầu tư",
        ),
        nums={
            "ban": "145.0-162.0",
            "nhan": "138.0-152.0",
            "chenh": "1.5-3.0",
            "tg": "3900-4400/10",
        },
        picks={"xu": "tăng nhẹ|giảm nhẹ|đi ngang"},
        titles=(
            "Giá vàng hôm nay {hom_nay}: vàng miếng quanh mức {ban} triệu đồng/lượng",
            "Giá vàng trong nước {xu}, chênh lệch mua - bán vẫn cao",
            "Vàng nhẫn {xu}, nhiều người vẫn xếp hàng chờ mua",
        ),
        leads=(
            (
                "Sáng {hom_nay}, giá vàng miếng tại các doanh nghiệp lớn được niêm yết quanh "
                "mức {ban} triệu đồng/lượng bán ra, {xu} so với phiên trước; vàng nhẫn giao "
                "dịch quanh {nhan} triệu đồng/lượng."
            ),
            (
                "Giá vàng trong nước {xu} theo diễn biến của thị trường thế giới, trong khi "
                "khoảng cách giữa giá mua và giá bán vẫn ở mức {chenh} triệu đồng/lượng."
            ),
        ),
        openings=(
            (
                "Ghi nhận đầu giờ sáng {hom_nay}, các doanh nghiệp kinh doanh vàng lớn niêm "
                "yết giá vàng miếng ở mức khoảng {ban} triệu đồng/lượng bán ra. Chênh lệch "
                "giữa giá mua và giá bán khoảng {chenh} triệu đồng/lượng."
            ),
            (
                "Mở cửa phiên giao dịch sáng {hom_nay}, giá vàng trong nước {xu} so với cuối "
                "phiên trước. Vàng miếng được niêm yết quanh mức {ban} triệu đồng/lượng bán "
                "ra, vàng nhẫn tròn trơn quanh {nhan} triệu đồng/lượng."
            ),
        ),
        paragraphs=(
            (
                "Trên thị trường thế giới, giá vàng giao ngay dao động quanh mức {tg} "
                "USD/ounce. Giới phân tích cho rằng kim loại quý vẫn được hỗ trợ bởi nhu cầu "
                "trú ẩn an toàn và động thái mua vào của các ngân hàng trung ương."
            ),
            (
                "Quy đổi theo tỷ giá, giá vàng thế giới vẫn thấp hơn giá vàng miếng trong "
                "nước vài triệu đồng mỗi lượng. Khoảng cách này khiến giới chuyên gia khuyến "
                "cáo người dân cân nhắc kỹ khi mua vào ở vùng giá cao."
            ),
            (
                "Tại một số cửa hàng vàng bạc trên phố Trần Nhân Tông (Hai Bà Trưng), lượng "
                "khách đến mua vàng nhẫn vẫn khá đông. {a.Anh} {a.name}, một khách hàng, cho "
                "biết mua vàng để tích lũy dần, mỗi lần một, hai chỉ. “Tôi không lướt sóng, "
                "mua để dành nên giá lên xuống hằng ngày cũng không quá lo”, {a.anh} {a.ten} "
                "nói."
            ),
            (
                "Theo {b.ong} {b.name}, chuyên gia tài chính, người dân nên mua vàng tại các "
                "cửa hàng, doanh nghiệp có uy tín, giữ hóa đơn, chứng từ; tránh mua bán qua "
                "mạng xã hội hoặc nghe theo lời rủ rê “đầu tư vàng” hứa hẹn lợi nhuận cao."
            ),
        ),
        endings=(
            (
                "Các chuyên gia dự báo giá vàng có thể tiếp tục biến động mạnh trong ngắn "
                "hạn. Người có nhu cầu nên chia nhỏ thời điểm mua, tuyệt đối không dùng tiền "
                "vay để mua vàng."
            ),
            (
                "Cơ quan quản lý cho biết sẽ tiếp tục theo dõi sát thị trường vàng, tăng "
                "cường kiểm tra hoạt động kinh doanh vàng, xử lý nghiêm các trường hợp vi "
                "phạm về hóa đơn, niêm yết giá."
            ),
        ),
        captions=(
            "Khách hàng giao dịch tại một cửa hàng vàng trên phố Trần Nhân Tông.",
            "Vàng nhẫn tròn trơn được nhiều người mua để tích lũy.",
        ),
    ),
    Seed(
        key="don-hang",
        count=3,
        tags=(
            "doanh nghiệp",
            "xuất khẩu",
            "đơn hàng",
            "việc làm",
            "khu công nghiệp",
        ),
        nums={"pct": "8-25", "tuyen": "80-350/10", "kim": "12-65"},
        titles=(
            "{cty.full} có đơn hàng ổn định, tuyển thêm {tuyen} lao động",
            "Doanh nghiệp {cty.nganh} ở {cty.area} phục hồi, công nhân có việc làm đều",
            "Xuất khẩu khởi sắc, {cty.name} tăng ca đáp ứng đơn hàng",
        ),
        leads=(
            (
                "Với đơn hàng ổn định trong sáu tháng tới, {cty.full} đang tuyển thêm "
                "{tuyen} lao động; thu nhập của công nhân tăng nhờ việc làm đều đặn."
            ),
            (
                "Sau giai đoạn khó khăn, nhiều doanh nghiệp sản xuất {cty.san_pham} ở "
                "{cty.area} đã có đơn hàng trở lại, doanh thu tăng {pct}% so với cùng kỳ."
            ),
        ),
        openings=(
            (
                "Những ngày này, các dây chuyền sản xuất {cty.san_pham} tại {cty.full} "
                "{cty.noi} hoạt động hết công suất. Theo đại diện doanh nghiệp, đơn hàng của "
                "Công ty đã kín đến sáu tháng tới."
            ),
            (
                "Theo báo cáo của {cty.full}, từ đầu năm đến nay, kim ngạch xuất khẩu của "
                "doanh nghiệp đạt khoảng {kim} triệu USD, tăng {pct}% so với cùng kỳ năm "
                "trước."
            ),
        ),
        paragraphs=(
            (
                "{a.Ong} {a.name}, Giám đốc nhân sự Công ty cho biết, để đáp ứng đơn hàng, "
                "doanh nghiệp đang tuyển thêm {tuyen} lao động phổ thông và kỹ thuật. Lao "
                "động mới được đào tạo nghề miễn phí và hưởng nguyên lương trong thời gian "
                "học việc."
            ),
            (
                "Thu nhập bình quân của công nhân hiện đạt trên 9 triệu đồng/tháng, chưa kể "
                "các khoản thưởng chuyên cần, thưởng năng suất. Doanh nghiệp cũng bố trí xe "
                "đưa đón công nhân ở xa và hỗ trợ tiền nhà trọ."
            ),
            (
                "{b.Anh} {b.name}, công nhân của Công ty, cho biết: “Năm ngoái có tháng chỉ "
                "làm 20 ngày, thu nhập giảm hẳn. Năm nay việc đều, thỉnh thoảng có tăng ca "
                "nên anh em phấn khởi, yên tâm gắn bó”."
            ),
            (
                "Theo các hiệp hội ngành hàng, việc đáp ứng các tiêu chuẩn xanh, truy xuất "
                "nguồn gốc là yếu tố quan trọng giúp doanh nghiệp giữ chân khách hàng. Nhiều "
                "đơn vị đã lắp điện mặt trời áp mái, đầu tư hệ thống xử lý nước thải đạt "
                "chuẩn."
            ),
            (
                "Công đoàn cơ sở Công ty đề nghị doanh nghiệp bảo đảm thời giờ làm thêm "
                "không vượt quá quy định, bố trí ca hợp lý để công nhân có thời gian nghỉ "
                "ngơi, tránh tai nạn lao động khi phải chạy đơn hàng gấp."
            ),
        ),
        captions=(
            "Công nhân làm việc trên dây chuyền sản xuất tại {cty.full}.",
            "Sản phẩm của {cty.name} chuẩn bị xuất khẩu.",
        ),
    ),
    Seed(
        key="viec-lam",
        count=3,
        tags=(
            "việc làm",
            "phiên giao dịch việc làm",
            "người lao động",
            "tuyển dụng",
        ),
        nums={"dn": "25-60", "vt": "2000-6000/100", "luong": "12-18"},
        titles=(
            "Phiên giao dịch việc làm ở {place}: {dn} doanh nghiệp cần tuyển {vt} lao động",
            "Nhiều việc làm lương trên {luong} triệu đồng cho lao động có tay nghề ở {place}",
            "Người lao động {place} tìm được việc ngay tại phiên giao dịch",
        ),
        leads=(
            (
                "{dn} doanh nghiệp đã tham gia phiên giao dịch việc làm tổ chức tại {place} "
                "với nhu cầu tuyển dụng khoảng {vt} vị trí, mức lương phổ biến từ 7 đến "
                "{luong} triệu đồng/tháng."
            ),
            (
                "Nhiều người lao động đã được phỏng vấn, hẹn nhận việc ngay tại phiên giao "
                "dịch việc làm do Trung tâm Dịch vụ việc làm Hà Nội tổ chức ở {place}."
            ),
        ),
        openings=(
            (
                "{Buoi}, Trung tâm Dịch vụ việc làm Hà Nội phối hợp với chính quyền địa "
                "phương tổ chức phiên giao dịch việc làm tại {place}. Tham gia có {dn} doanh "
                "nghiệp với nhu cầu tuyển dụng khoảng {vt} lao động."
            ),
            (
                "Từ sáng sớm, sân của điểm giao dịch việc làm ở {place} đã đông người đến "
                "tìm việc. Có người là sinh viên vừa tốt nghiệp, có người vừa mất việc, có "
                "cả những người trung tuổi muốn tìm việc gần nhà."
            ),
        ),
        paragraphs=(
            (
                "Các vị trí tuyển dụng tập trung ở ngành điện tử, cơ khí, may mặc, logistics "
                "và dịch vụ bán hàng. Nhiều doanh nghiệp không yêu cầu kinh nghiệm, sẵn sàng "
                "đào tạo tại chỗ cho lao động phổ thông."
            ),
            (
                "{a.Anh} {a.name} ({a.tuoi} tuổi) cho biết vừa nghỉ việc ở một xưởng nhỏ vì "
                "đơn hàng giảm. Qua phiên giao dịch, {a.anh} đã được {cty.full} hẹn phỏng "
                "vấn vòng hai với mức lương khởi điểm khá hơn chỗ cũ."
            ),
            (
                "Bên cạnh tuyển dụng, người lao động còn được tư vấn về chính sách bảo hiểm "
                "thất nghiệp, học nghề và đi làm việc ở nước ngoài theo hợp đồng. Một số "
                "trường cao đẳng cũng giới thiệu các khóa đào tạo ngắn hạn miễn học phí."
            ),
            (
                "Theo {b.ong} {b.name}, đại diện Trung tâm Dịch vụ việc làm Hà Nội, nhu cầu "
                "tuyển lao động có tay nghề đang tăng trong khi nguồn cung chưa đáp ứng đủ. "
                "Người lao động nên chủ động học thêm kỹ năng, nhất là kỹ năng số, để có cơ "
                "hội việc làm tốt hơn."
            ),
            (
                "Kết thúc phiên giao dịch, đã có hàng trăm lượt người được phỏng vấn, nhiều "
                "người được hẹn nhận việc ngay trong tuần."
            ),
        ),
        captions=(
            (
                "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm ở "
                "{place}."
            ),
            "Doanh nghiệp phỏng vấn ứng viên ngay tại phiên giao dịch.",
        ),
    ),
)
