"""Demo stories for Văn hóa. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "van-hoa"

SEEDS = (
    Seed(
        key="trien-lam",
        count=3,
        tags=(
            "triển lãm",
            "nhiếp ảnh",
            "văn hóa",
            "công nhân",
        ),
        nums={"anh": "80-200/10", "tg": "30-90"},
        titles=(
            "Triển lãm ảnh “Người lao động Thủ đô” giới thiệu {anh} tác phẩm",
            "Chân dung người công nhân qua ống kính của {tg} tác giả",
            "Triển lãm ảnh về công nhân thu hút đông đảo người xem",
        ),
        leads=(
            (
                "{anh} bức ảnh của {tg} tác giả ghi lại hình ảnh người lao động Thủ đô trong "
                "công việc và đời sống thường ngày đang được trưng bày tại triển lãm ảnh do "
                "Công đoàn phối hợp tổ chức."
            ),
            (
                "Những khoảnh khắc đời thường của người công nhân, từ ca làm đêm đến bữa cơm "
                "trong phòng trọ, đã được các tác giả ghi lại đầy cảm xúc tại triển lãm ảnh "
                "mới khai mạc."
            ),
        ),
        openings=(
            (
                "{Buoi}, triển lãm ảnh “Người lao động Thủ đô” khai mạc tại Cung Văn hóa Lao "
                "động Hữu nghị Việt - Xô, giới thiệu {anh} tác phẩm được chọn từ hàng nghìn "
                "bức ảnh gửi về cuộc thi."
            ),
            (
                "Triển lãm ảnh về người lao động Thủ đô được tổ chức tại {place}, với {anh} "
                "tác phẩm của {tg} tác giả là nhiếp ảnh gia chuyên nghiệp, phóng viên và cả "
                "những công nhân yêu nhiếp ảnh."
            ),
        ),
        paragraphs=(
            (
                "Các tác phẩm được chia thành nhiều chủ đề: người lao động trên công trường, "
                "trong nhà máy, những người làm nghề vệ sinh môi trường lúc nửa đêm, những "
                "bữa cơm ca, những phòng trọ nhỏ nhưng ấm áp tình người."
            ),
            (
                "!Tác phẩm đoạt giải Nhất của tác giả {a.name} ghi lại khoảnh khắc nữ công "
                "nhân vệ sinh môi trường nghỉ chân bên xe rác lúc rạng sáng. Theo Ban giám "
                "khảo, bức ảnh giản dị nhưng có sức lay động lớn."
            ),
            (
                "{b.Anh} {b.name}, công nhân {cty.full} có hai ảnh được chọn trưng bày, chia "
                "sẻ: “Tôi chỉ chụp bằng điện thoại, chụp những đồng nghiệp quanh mình. Không "
                "ngờ những bức ảnh đó lại được nhiều người đồng cảm đến vậy”."
            ),
            (
                "Triển lãm mở cửa miễn phí đến hết tuần sau. Ban tổ chức dự kiến đưa triển "
                "lãm về các khu công nghiệp để công nhân có dịp thưởng lãm."
            ),
        ),
        captions=(
            "Người xem tại triển lãm ảnh về người lao động Thủ đô.",
            "Tác phẩm đoạt giải Nhất của tác giả {a.name}.",
        ),
    ),
    Seed(
        key="di-tich",
        count=2,
        tags=(
            "di tích",
            "di sản",
            "văn hóa",
            "du lịch",
        ),
        nums={"ty": "8-45", "nam_xd": "200-500/10"},
        titles=(
            "Hoàn thành tu bổ ngôi đình hơn {nam_xd} năm tuổi ở {ngoai}",
            "Đình làng ở {ngoai} được trùng tu, giữ nguyên nét kiến trúc cổ",
        ),
        leads=(
            (
                "Sau hơn một năm thi công với kinh phí khoảng {ty} tỷ đồng, ngôi đình có "
                "lịch sử hơn {nam_xd} năm ở {ngoai} đã được tu bổ, tôn tạo, giữ được các giá "
                "trị kiến trúc, nghệ thuật truyền thống."
            ),
            (
                "Việc tu bổ di tích được thực hiện theo nguyên tắc giữ tối đa yếu tố gốc, "
                "giúp ngôi đình cổ ở {ngoai} vừa bền vững vừa giữ được hồn xưa."
            ),
        ),
        openings=(
            (
                "{Buoi}, chính quyền ở {ngoai} tổ chức lễ khánh thành công trình tu bổ, tôn "
                "tạo ngôi đình làng, di tích lịch sử - văn hóa đã được xếp hạng cấp thành "
                "phố. Công trình có tổng kinh phí khoảng {ty} tỷ đồng."
            ),
            (
                "Những ngày này, người dân trong làng ở {ngoai} rủ nhau ra đình ngắm lại "
                "những bức cốn, đầu dư chạm khắc tinh xảo vừa được các nghệ nhân phục hồi "
                "sau hơn một năm tu bổ."
            ),
        ),
        paragraphs=(
            (
                "Trước khi tu bổ, nhiều hạng mục của đình đã xuống cấp nghiêm trọng: mái "
                "dột, một số cột gỗ bị mối mọt, nền bị lún. Các cấu kiện gỗ được tháo dỡ, "
                "đánh số, sửa chữa rồi lắp lại đúng vị trí cũ; chỉ những chi tiết hư hỏng "
                "nặng mới được thay bằng gỗ cùng loại."
            ),
            (
                "{nam_gioi.Ong} {nam_gioi.name}, một người cao tuổi trong làng, xúc động: "
                "“Từ bé tôi đã theo ông nội ra đình. Nhìn ngôi đình được sửa sang mà vẫn giữ "
                "đúng dáng cũ, cả làng ai cũng mừng”."
            ),
            (
                "Theo đơn vị tư vấn, quá trình tu bổ có sự tham gia của các nghệ nhân mộc, "
                "nề có kinh nghiệm phục hồi di tích. Các mảng chạm khắc được làm sạch, gia "
                "cố thay vì làm mới."
            ),
            (
                "Sau khi hoàn thành, địa phương sẽ xây dựng quy chế quản lý di tích, kết hợp "
                "tổ chức lễ hội truyền thống và đưa di tích vào các tuyến tham quan, giáo "
                "dục truyền thống cho học sinh."
            ),
        ),
        captions=(
            "Ngôi đình ở {ngoai} sau khi được tu bổ.",
            "Những mảng chạm khắc cổ được phục hồi.",
        ),
    ),
    Seed(
        key="san-khau",
        count=2,
        tags=(
            "nghệ thuật truyền thống",
            "chèo",
            "sân khấu",
            "công nhân",
        ),
        nums={"buoi_dien": "10-30"},
        titles=(
            "Đưa nghệ thuật chèo đến với công nhân {cty.name}",
            "Công nhân ở {cty.area} được thưởng thức chèo ngay tại nơi làm việc",
        ),
        leads=(
            (
                "Chương trình biểu diễn nghệ thuật truyền thống phục vụ công nhân đã mang "
                "những làn điệu chèo, hát văn đến gần hơn với người lao động ở {cty.area}."
            ),
            (
                "Lần đầu được xem chèo ngay trong khuôn viên nhà máy, nhiều công nhân trẻ ở "
                "{cty.area} bất ngờ thấy nghệ thuật truyền thống gần gũi đến vậy."
            ),
        ),
        openings=(
            (
                "{Buoi}, tại sân {cty.full}, các nghệ sĩ của một nhà hát chèo đã biểu diễn "
                "phục vụ hàng trăm công nhân. Đây là một trong {buoi_dien} buổi diễn thuộc "
                "chương trình đưa nghệ thuật truyền thống đến với người lao động."
            ),
            (
                "Sân khấu được dựng ngay trong khuôn viên {cty.full}. Ánh đèn vừa bật, tiếng "
                "trống, tiếng nhị đã giữ chân hàng trăm công nhân vừa tan ca ở lại xem."
            ),
        ),
        paragraphs=(
            (
                "Chương trình gồm các trích đoạn chèo kinh điển và những tiết mục hát văn, "
                "hát xẩm quen thuộc. Trước mỗi tiết mục, nghệ sĩ giới thiệu ngắn gọn về nội "
                "dung, làn điệu để khán giả trẻ dễ theo dõi."
            ),
            (
                "{a.Anh} {a.name}, công nhân quê {que}, chia sẻ: “Hồi nhỏ tôi hay theo bà đi "
                "xem chèo ở sân đình. Lên Hà Nội làm việc mấy năm, giờ mới được xem lại, "
                "thấy nhớ quê lắm”."
            ),
            (
                "Theo nghệ sĩ {b.name}, diễn cho công nhân là trải nghiệm đặc biệt. “Khán "
                "giả không quen với sân khấu truyền thống nhưng rất chăm chú, phản ứng rất "
                "thật. Có những tiếng cười, tràng vỗ tay mà trong rạp chưa chắc đã có”, nghệ "
                "sĩ {b.ten} nói."
            ),
            (
                "Ban tổ chức cho biết chương trình sẽ tiếp tục được tổ chức tại nhiều khu "
                "công nghiệp, khu nhà trọ, góp phần đưa nghệ thuật truyền thống đến gần hơn "
                "với công chúng trẻ."
            ),
        ),
        captions=(
            "Nghệ sĩ biểu diễn trích đoạn chèo phục vụ công nhân {cty.name}.",
            "Công nhân xem biểu diễn nghệ thuật truyền thống.",
        ),
    ),
)
