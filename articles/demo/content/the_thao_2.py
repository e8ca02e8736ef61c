"""Demo stories for Thể thao. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "the-thao"

SEEDS = (
    Seed(
        key="cau-long",
        count=3,
        tags=(
            "cầu lông",
            "bóng bàn",
            "thể thao công nhân",
            "công đoàn",
        ),
        nums={"vdv": "200-500/10", "don_vi": "20-60", "tuoi_vdv": "56-61"},
        picks={"nganh": "Giáo dục|Y tế|Xây dựng"},
        titles=(
            "Giải cầu lông, bóng bàn Công đoàn ngành {nganh} Hà Nội quy tụ {vdv} vận động viên",
            "Sôi nổi giải cầu lông, bóng bàn của Công đoàn ngành {nganh} Hà Nội",
            "Những tay vợt không chuyên của ngành {nganh} Thủ đô so tài",
        ),
        leads=(
            (
                "{vdv} vận động viên là cán bộ, viên chức, người lao động của {don_vi} đơn "
                "vị đã tham gia giải cầu lông, bóng bàn do Công đoàn ngành {nganh} Hà Nội tổ "
                "chức."
            ),
            (
                "Sau giờ làm việc, nhiều cán bộ, viên chức ngành {nganh} Hà Nội vẫn duy trì "
                "tập luyện cầu lông, bóng bàn; giải đấu năm nay là dịp để họ giao lưu, cọ "
                "xát."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn ngành {nganh} Hà Nội khai mạc giải cầu lông, bóng bàn năm "
                "{nam} với sự tham gia của {vdv} vận động viên đến từ {don_vi} đơn vị trực "
                "thuộc."
            ),
            (
                "Nhà thi đấu ở {place} những ngày qua luôn rộn ràng tiếng cầu, tiếng bóng. "
                "Giải cầu lông, bóng bàn của Công đoàn ngành {nganh} Hà Nội thu hút đông đảo "
                "vận động viên và cổ động viên."
            ),
        ),
        paragraphs=(
            (
                "Giải được tổ chức ở các nội dung đơn nam, đơn nữ, đôi nam, đôi nữ, đôi nam "
                "nữ và chia theo nhóm tuổi để bảo đảm công bằng. Nhiều vận động viên đã "
                "ngoài 50 tuổi nhưng vẫn thi đấu đầy nhiệt huyết."
            ),
            (
                "Ở nội dung đôi nam nữ cầu lông, cặp {nam_gioi.name} - {nu.name} thể hiện "
                "lối chơi phối hợp ăn ý, giành chức vô địch sau trận chung kết kéo dài ba "
                "séc."
            ),
            (
                "{c.Ong} {c.name}, vận động viên lớn tuổi nhất giải ({tuoi_vdv} tuổi), chia "
                "sẻ: “Tôi chơi cầu lông đã hơn hai mươi năm. Tập thể thao giúp mình khỏe, "
                "làm việc tỉnh táo, lại có thêm nhiều bạn bè trong ngành”."
            ),
            (
                "Theo Ban tổ chức, giải đấu nhằm đẩy mạnh phong trào rèn luyện thân thể "
                "trong đoàn viên, đồng thời lựa chọn vận động viên tiêu biểu tham gia các "
                "giải cấp thành phố."
            ),
        ),
        captions=(
            "Vận động viên thi đấu tại giải cầu lông Công đoàn ngành {nganh} Hà Nội.",
            "Trận đấu bóng bàn nội dung đơn nam.",
        ),
    ),
    Seed(
        key="bong-chuyen-hoi",
        count=2,
        tags=(
            "bóng chuyền hơi",
            "thể thao công nhân",
            "lao động nữ",
            "công đoàn",
        ),
        nums={"doi": "10-24"},
        titles=(
            "{doi} đội tranh tài giải bóng chuyền hơi nữ công nhân ở {place}",
            "Bóng chuyền hơi: môn thể thao được nữ công nhân ở {place} yêu thích",
        ),
        leads=(
            (
                "Giải bóng chuyền hơi nữ công nhân, viên chức, lao động ở {place} đã thu hút "
                "{doi} đội tham gia, mang lại những trận đấu vui tươi, sôi nổi."
            ),
            (
                "Dễ chơi, không tốn kém, bóng chuyền hơi đang trở thành môn thể thao được nữ "
                "công nhân ở {place} yêu thích."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn tổ chức giải bóng chuyền hơi nữ công nhân, viên chức, lao "
                "động khu vực {place} với {doi} đội tham gia, thi đấu theo thể thức vòng "
                "tròn tính điểm."
            ),
            (
                "Chiều nào sau giờ tan ca, sân bóng nhỏ cạnh {cty.full} cũng rộn rã tiếng "
                "cười của các nữ công nhân tập bóng chuyền hơi. Những ngày này, cả đội tập "
                "chăm hơn để chuẩn bị cho giải đấu do Công đoàn tổ chức ở {place}."
            ),
        ),
        paragraphs=(
            (
                "Bóng chuyền hơi có luật chơi đơn giản, bóng nhẹ, phù hợp với nhiều lứa "
                "tuổi. Vì vậy, nhiều đội có thành viên đã ngoài 40 tuổi, có cả những người "
                "mẹ mới sinh con đi làm trở lại."
            ),
            (
                "{nu.Anh} {nu.name}, đội trưởng đội bóng {cty.full}, cho biết: “Chị em làm "
                "cả ngày trong xưởng, chiều ra sân chơi bóng vừa khỏe người vừa thoải mái "
                "đầu óc. Từ ngày lập đội, mọi người trong chuyền cũng thân thiết hơn”."
            ),
            (
                "Sau nhiều lượt trận hấp dẫn, đội bóng {cty2.full} giành chức vô địch. Ban "
                "tổ chức cũng trao nhiều giải phong cách, giải đội có cổ động viên đẹp nhất."
            ),
            (
                "Thời gian tới, Công đoàn sẽ hỗ trợ các Công đoàn cơ sở làm sân, mua bóng, "
                "lưới để chị em có điều kiện tập luyện thường xuyên."
            ),
        ),
        captions=(
            "Trận đấu bóng chuyền hơi nữ công nhân ở {place}.",
            "Nữ công nhân {cty.name} tập luyện bóng chuyền hơi sau giờ làm.",
        ),
    ),
    Seed(
        key="the-duc-giua-ca",
        count=2,
        tags=(
            "thể dục giữa ca",
            "sức khỏe",
            "công nhân",
            "an toàn lao động",
        ),
        nums={"cn": "500-2000/50"},
        titles=(
            "Công nhân {cty.name} tập thể dục giữa ca, giảm mệt mỏi",
            "Mười phút thể dục giữa ca: thói quen tốt ở {cty.name}",
        ),
        leads=(
            (
                "Mỗi ngày hai lần, hơn {cn} công nhân {cty.full} dừng tay để cùng tập bài "
                "thể dục giữa ca, giúp giảm mỏi cổ, vai, gáy và tăng sự tỉnh táo khi làm "
                "việc."
            ),
            (
                "Bài thể dục giữa ca do Công đoàn phối hợp với doanh nghiệp xây dựng đã trở "
                "thành thói quen của công nhân {cty.full}, góp phần giảm tai nạn lao động và "
                "bệnh nghề nghiệp."
            ),
        ),
        openings=(
            (
                "Đúng 9 giờ 30 và 15 giờ mỗi ngày, loa trong các xưởng của {cty.full} phát "
                "nhạc. Công nhân tạm dừng công việc, đứng cạnh vị trí làm việc để tập bài "
                "thể dục kéo dài khoảng 10 phút."
            ),
            (
                "Bài thể dục giữa ca được Công đoàn cơ sở {cty.full} phối hợp với bác sĩ "
                "phục hồi chức năng xây dựng, gồm các động tác giãn cơ cổ, vai, lưng và cổ "
                "tay, phù hợp với đặc thù công việc đứng, ngồi lâu trên dây chuyền."
            ),
        ),
        paragraphs=(
            (
                "{nu.Anh} {nu.name}, công nhân tổ lắp ráp, chia sẻ: “Ngồi làm liên tục mấy "
                "tiếng là cổ, vai mỏi nhừ. Từ khi tập thể dục giữa ca, người thấy nhẹ nhõm "
                "hẳn, chiều về cũng đỡ đau lưng”."
            ),
            (
                "Theo {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở, sau một năm duy trì, số "
                "công nhân phải nghỉ ốm vì đau cột sống, mỏi cơ giảm rõ rệt. Năng suất lao "
                "động không giảm mà còn tăng nhờ công nhân tỉnh táo hơn."
            ),
            (
                "Ngoài thể dục giữa ca, Công đoàn còn thành lập câu lạc bộ yoga, câu lạc bộ "
                "cầu lông cho công nhân sinh hoạt vào buổi tối, thu hút đông đảo người lao "
                "động tham gia."
            ),
            (
                "Nhiều doanh nghiệp khác đã đến tìm hiểu, học tập mô hình. Công đoàn cấp "
                "trên cho biết sẽ nhân rộng bài thể dục giữa ca tới các doanh nghiệp có đông "
                "lao động làm việc trên dây chuyền."
            ),
        ),
        endings=(
            (
                "Theo các bác sĩ, chỉ vài phút vận động nhẹ nhàng sau mỗi hai giờ làm việc "
                "đã giúp giảm đáng kể nguy cơ mắc các bệnh cơ xương khớp ở người lao động."
            ),
        ),
        captions=(
            "Công nhân {cty.name} tập thể dục giữa ca.",
            "Câu lạc bộ yoga của công nhân sinh hoạt buổi tối.",
        ),
    ),
)
