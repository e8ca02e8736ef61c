"""Demo stories for Công đoàn › Hoạt động. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "hoat-dong"

SEEDS = (
    Seed(
        key="tuyen-truyen",
        count=3,
        tags=(
            "tuyên truyền pháp luật",
            "Bộ luật Lao động",
            "người lao động",
            "công đoàn",
            "lừa đảo trực tuyến",
        ),
        nums={"cn": "200-500/10", "ch": "20-50"},
        titles=(
            "Tuyên truyền pháp luật lao động cho {cn} công nhân ở {cty.area}",
            "Công nhân {cty.name} được “mách nước” nhận diện lừa đảo trên mạng",
            "Sân khấu hóa pháp luật: công nhân {cty.name} vừa xem vừa học luật",
        ),
        leads=(
            (
                "Hơn {cn} công nhân {cty.full} và các doanh nghiệp lân cận đã được luật sư, "
                "cán bộ công đoàn giải đáp những vấn đề về hợp đồng lao động, bảo hiểm xã "
                "hội và cách phòng tránh lừa đảo trực tuyến."
            ),
            (
                "Bằng hình thức sân khấu hóa và hỏi đáp trực tiếp, buổi tuyên truyền pháp "
                "luật do Công đoàn tổ chức tại {cty.full} đã thu hút đông đảo công nhân tham "
                "gia."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên trực tiếp phối hợp với Công đoàn cơ sở "
                "{cty.full} tổ chức buổi tuyên truyền, phổ biến pháp luật cho hơn {cn} công "
                "nhân, người lao động."
            ),
            (
                "Thay vì đọc văn bản, buổi tuyên truyền pháp luật tại {cty.full} {buoi} mở "
                "đầu bằng một tiểu phẩm kể về nữ công nhân suýt mất tiền vì tin lời kẻ gian "
                "giả danh cán bộ bảo hiểm."
            ),
        ),
        paragraphs=(
            (
                "Luật sư {a.name}, Văn phòng Tư vấn pháp luật của LĐLĐ thành phố Hà Nội, đã "
                "giới thiệu những quy định về hợp đồng lao động, thời giờ làm việc, làm thêm "
                "giờ và chế độ bảo hiểm xã hội. Các tình huống thực tế được phân tích cụ "
                "thể, gần gũi."
            ),
            (
                "Nội dung được công nhân quan tâm nhiều nhất là nhận diện các thủ đoạn lừa "
                "đảo qua mạng: giả danh cơ quan bảo hiểm, công an để yêu cầu cài ứng dụng "
                "lạ, tuyển cộng tác viên làm việc tại nhà, cho vay tiền nhanh không cần thế "
                "chấp."
            ),
            (
                "Trong phần hỏi đáp, Ban tổ chức nhận được {ch} câu hỏi. {b.Anh} {b.name}, "
                "công nhân tổ sản xuất, hỏi về việc rút bảo hiểm xã hội một lần và được luật "
                "sư phân tích kỹ thiệt thòi khi rút sớm, khuyên người lao động nên cân nhắc "
                "bảo lưu để hưởng lương hưu sau này."
            ),
            (
                "{c.Anh} {c.name}, quê {que}, cho biết: “Tôi từng nhận được cuộc gọi tự xưng "
                "là nhân viên bảo hiểm, đòi tôi cài ứng dụng để cập nhật thông tin. Hôm nay "
                "được nghe phân tích, giờ tôi biết đó là lừa đảo”."
            ),
            (
                "Sau buổi tuyên truyền, Công đoàn cơ sở đã đặt tủ sách pháp luật tại nhà ăn "
                "và công khai số điện thoại đường dây nóng để công nhân phản ánh những vướng "
                "mắc về quyền lợi."
            ),
        ),
        captions=(
            "Luật sư giải đáp thắc mắc của công nhân {cty.name}.",
            "Tiểu phẩm tuyên truyền phòng chống lừa đảo trực tuyến.",
        ),
    ),
    Seed(
        key="dai-hoi",
        count=3,
        tags=(
            "đại hội công đoàn",
            "Công đoàn cơ sở",
            "công đoàn",
            "đoàn viên",
        ),
        nums={"bch": "5-11", "dv": "200-1500/10"},
        titles=(
            "Đại hội Công đoàn cơ sở {cty.name}: chọn người đủ tâm, đủ tầm",
            "Công đoàn cơ sở {cty.name} bầu Ban Chấp hành nhiệm kỳ mới",
            "Đại hội Công đoàn cơ sở {cty.name} đặt nhiều chỉ tiêu cao hơn nhiệm kỳ trước",
        ),
        leads=(
            (
                "Đại hội Công đoàn cơ sở {cty.full} đã bầu Ban Chấp hành gồm {bch} đồng chí, "
                "đề ra nhiều chỉ tiêu sát với nhu cầu thực tế của đoàn viên."
            ),
            (
                "Với tinh thần đổi mới, dân chủ, Đại hội Công đoàn cơ sở {cty.full} đã thành "
                "công tốt đẹp, thông qua nhiều chỉ tiêu quan trọng cho nhiệm kỳ mới."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cơ sở {cty.full} tổ chức Đại hội nhiệm kỳ mới. Dự Đại hội "
                "có đại diện lãnh đạo Công đoàn cấp trên, Ban Giám đốc Công ty cùng các đại "
                "biểu thay mặt cho {dv} đoàn viên."
            ),
            (
                "Diễn ra trong một ngày, Đại hội Công đoàn cơ sở {cty.full} {cty.noi} đã "
                "tổng kết nhiệm kỳ qua, xác định phương hướng, nhiệm vụ nhiệm kỳ tới và bầu "
                "Ban Chấp hành mới."
            ),
        ),
        paragraphs=(
            (
                "Báo cáo tại Đại hội cho thấy trong nhiệm kỳ qua, Công đoàn cơ sở đã thương "
                "lượng, ký kết thỏa ước lao động tập thể với nhiều điều khoản có lợi; tổ "
                "chức đối thoại định kỳ; chăm lo kịp thời cho đoàn viên ốm đau, hoạn nạn. "
                "Thu nhập bình quân của người lao động tăng đều qua từng năm."
            ),
            (
                "Nhiệm kỳ tới, Đại hội đề ra mục tiêu 100% người lao động đủ điều kiện được "
                "kết nạp vào tổ chức Công đoàn, duy trì đối thoại định kỳ, mỗi năm tổ chức "
                "ít nhất hai hoạt động chăm lo lớn cho đoàn viên và tiếp tục nâng mức tiền "
                "ăn ca."
            ),
            (
                "Nhiều tham luận tại Đại hội được đánh giá cao về tính thực tiễn, như kinh "
                "nghiệm thương lượng tiền lương, cách tổ chức bữa cơm ca, xây dựng quỹ tương "
                "trợ trong công nhân."
            ),
            (
                "{a.Ong} {a.name}, đại diện Ban Giám đốc Công ty, khẳng định doanh nghiệp "
                "luôn tạo điều kiện để Công đoàn hoạt động, coi Công đoàn là cầu nối quan "
                "trọng giữa doanh nghiệp với người lao động."
            ),
            (
                "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm {bch} đồng chí. Tại phiên họp "
                "thứ nhất, {b.ong} {b.name} được bầu giữ chức Chủ tịch Công đoàn cơ sở. Đại "
                "hội cũng bầu đoàn đại biểu đi dự Đại hội Công đoàn cấp trên."
            ),
        ),
        endings=(
            (
                "Đại hội đã thông qua nghị quyết với sự nhất trí cao. Các đại biểu tin tưởng "
                "Ban Chấp hành nhiệm kỳ mới sẽ tiếp tục là chỗ dựa tin cậy của đoàn viên, "
                "người lao động trong doanh nghiệp."
            ),
        ),
        captions=(
            "Quang cảnh Đại hội Công đoàn cơ sở {cty.full}.",
            "Ban Chấp hành Công đoàn cơ sở nhiệm kỳ mới ra mắt Đại hội.",
        ),
    ),
    Seed(
        key="hoi-nghi-vien-chuc",
        count=3,
        tags=(
            "hội nghị viên chức",
            "quy chế dân chủ",
            "công đoàn",
            "giáo dục",
        ),
        nums={"vc": "40-120"},
        titles=(
            "{truong.name} tổ chức hội nghị viên chức, người lao động",
            "Hội nghị viên chức ở {truong.name}: bàn thẳng chuyện thu nhập, áp lực công việc",
            "Công đoàn trường học ở {truong.area} phát huy dân chủ qua hội nghị viên chức",
        ),
        leads=(
            (
                "Hội nghị viên chức, người lao động tại {truong.name} ({truong.area}) diễn "
                "ra dân chủ; nhiều ý kiến tâm huyết về thu nhập, áp lực công việc và điều "
                "kiện dạy học đã được Ban Giám hiệu tiếp thu."
            ),
            (
                "Tại hội nghị viên chức, người lao động, giáo viên, nhân viên {truong.name} "
                "được bàn bạc, góp ý công khai về quy chế chi tiêu nội bộ, thi đua khen "
                "thưởng và kế hoạch của nhà trường."
            ),
        ),
        openings=(
            (
                "{Buoi}, {truong.name} ({truong.area}) tổ chức hội nghị viên chức, người lao "
                "động với sự tham dự của {vc} cán bộ, giáo viên, nhân viên. Hội nghị do Ban "
                "Giám hiệu và Ban Chấp hành Công đoàn trường phối hợp tổ chức."
            ),
            (
                "Hội nghị viên chức, người lao động là dịp để mỗi giáo viên, nhân viên "
                "{truong.name} trực tiếp góp ý vào các quy chế liên quan đến quyền lợi của "
                "mình. Năm nay, hội nghị có nhiều đổi mới: rút ngắn phần báo cáo, dành thời "
                "gian cho thảo luận."
            ),
        ),
        paragraphs=(
            (
                "Trước hội nghị, Công đoàn trường đã tổ chức hội nghị ở các tổ chuyên môn để "
                "lấy ý kiến vào dự thảo quy chế chi tiêu nội bộ, quy chế thi đua khen "
                "thưởng. Các ý kiến được tổng hợp và trả lời công khai tại hội nghị."
            ),
            (
                "Nhiều giáo viên đề nghị giảm bớt hồ sơ, sổ sách và các cuộc thi không cần "
                "thiết để tập trung cho giảng dạy. Cô giáo {nu.name} cho rằng: “Thời gian "
                "dành cho giấy tờ vẫn còn nhiều, trong khi học sinh cần thầy cô ở bên hơn”."
            ),
            (
                "Hiệu trưởng nhà trường, {a.ong} {a.name} đã trả lời từng nhóm ý kiến, cam "
                "kết cắt giảm các loại hồ sơ trùng lặp, công khai các khoản thu chi và ưu "
                "tiên kinh phí mua sắm thiết bị dạy học."
            ),
            (
                "{b.Ong} {b.name}, Chủ tịch Công đoàn trường cho biết, năm qua Công đoàn đã "
                "thăm hỏi kịp thời các đoàn viên ốm đau, tổ chức cho giáo viên tham quan, "
                "giao lưu và phối hợp với nhà trường bảo đảm đầy đủ chế độ cho người lao "
                "động."
            ),
            (
                "Tại hội nghị, Ban Giám hiệu và Ban Chấp hành Công đoàn đã ký kết chương "
                "trình phối hợp; các tổ chuyên môn ký giao ước thi đua với nhiều chỉ tiêu cụ "
                "thể về chất lượng dạy và học."
            ),
        ),
        endings=(
            (
                "Hội nghị đã biểu quyết thông qua các quy chế của nhà trường với tỷ lệ đồng "
                "thuận cao. Đây là cơ sở để nhà trường và Công đoàn cùng thực hiện nhiệm vụ "
                "dạy và học trong thời gian tới."
            ),
        ),
        captions=(
            "Quang cảnh hội nghị viên chức, người lao động tại {truong.name}.",
            "Giáo viên phát biểu ý kiến tại hội nghị.",
        ),
    ),
    Seed(
        key="hien-mau",
        count=3,
        tags=(
            "hiến máu tình nguyện",
            "nhân đạo",
            "công đoàn",
            "người lao động",
        ),
        nums={"dv": "200-600/10", "don": "150-450/10", "lan": "5-15"},
        titles=(
            "Hơn {dv} đoàn viên ở {cty.area} đăng ký hiến máu tình nguyện",
            "“Giọt hồng Công đoàn” tại {cty.name}: {don} đơn vị máu được tiếp nhận",
            "Công nhân {cty.name} tiếp nối hành trình sẻ chia giọt máu",
        ),
        leads=(
            (
                "Ngày hội hiến máu do Công đoàn tổ chức tại {cty.full} đã tiếp nhận {don} "
                "đơn vị máu từ công nhân, người lao động, góp phần bổ sung nguồn máu cho "
                "công tác cấp cứu, điều trị."
            ),
            (
                "Sau ca làm việc, hàng trăm công nhân {cty.full} vẫn kiên nhẫn xếp hàng để "
                "hiến máu tại ngày hội “Giọt hồng Công đoàn”."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn phối hợp với Viện Huyết học - Truyền máu Trung ương tổ "
                "chức ngày hội hiến máu tình nguyện tại {cty.full}. Hơn {dv} đoàn viên đã "
                "đăng ký tham gia."
            ),
            (
                "Từ sớm, khuôn viên {cty.full} {cty.noi} đã đông đúc công nhân chờ đến lượt "
                "hiến máu. Đây là lần thứ ba trong năm doanh nghiệp phối hợp với Công đoàn "
                "tổ chức ngày hội."
            ),
        ),
        paragraphs=(
            (
                "Người tham gia được khám sàng lọc, xét nghiệm nhanh trước khi hiến máu. Kết "
                "quả, Ban tổ chức đã tiếp nhận {don} đơn vị máu; mỗi người hiến máu được "
                "tặng giấy chứng nhận, quà và tiền hỗ trợ bồi dưỡng theo quy định."
            ),
            (
                "{a.Anh} {a.name}, công nhân tổ bảo trì, đã {lan} lần hiến máu. “Mỗi lần "
                "hiến máu tôi đều thấy vui vì biết có người đang cần. Sức khỏe của mình vẫn "
                "bình thường, lại được kiểm tra máu miễn phí”, {a.anh} {a.ten} nói."
            ),
            (
                "Nhiều công nhân lần đầu hiến máu còn hồi hộp nhưng được y, bác sĩ và đồng "
                "nghiệp động viên nên đều hoàn thành. {nu.Anh} {nu.name}, công nhân mới vào "
                "làm, chia sẻ: “Trước đây tôi sợ kim tiêm lắm, nhưng thấy mọi người hăng hái "
                "nên cũng thử. Giờ thấy rất bình thường”."
            ),
            (
                "Theo {b.ong} {b.name}, Chủ tịch Công đoàn cơ sở, hiến máu tình nguyện đã "
                "trở thành hoạt động thường niên, được đông đảo người lao động hưởng ứng. "
                "Công đoàn cũng lập danh sách những người có nhóm máu hiếm để sẵn sàng hiến "
                "khi có yêu cầu khẩn cấp."
            ),
        ),
        captions=(
            "Công nhân {cty.name} hiến máu tình nguyện.",
            "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu.",
        ),
    ),
)
