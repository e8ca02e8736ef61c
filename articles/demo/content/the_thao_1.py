"""Demo stories for Thể thao. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "the-thao"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Giải đấu không chỉ là sân chơi thể thao mà còn là dịp để đoàn viên, người lao động "
        "giao lưu, gắn kết, nâng cao sức khỏe để lao động, sản xuất tốt hơn."
    ),
    (
        "Theo Ban tổ chức, phong trào thể dục thể thao trong công nhân, viên chức, lao động "
        "sẽ tiếp tục được duy trì thường xuyên, gắn với xây dựng đời sống văn hóa tại cơ sở."
    ),
    (
        "Kết thúc giải, Ban tổ chức trao cờ, cúp và giấy chứng nhận cho các đội, vận động "
        "viên đạt thành tích cao, đồng thời cảm ơn các doanh nghiệp đã đồng hành, tạo điều "
        "kiện cho người lao động tham gia."
    ),
)

SEEDS = (
    Seed(
        key="bong-da",
        count=3,
        tags=(
            "bóng đá",
            "thể thao công nhân",
            "giải đấu",
            "công đoàn",
        ),
        nums={"doi": "8-24", "ban_thang": "2-4", "ban_thua": "0-1"},
        titles=(
            "Giải bóng đá công nhân khu vực {place}: {doi} đội tranh tài",
            "Đội bóng {cty.name} vô địch giải bóng đá công nhân",
            "Sân cỏ nhân tạo ở {place} sôi động với giải bóng đá công nhân",
        ),
        leads=(
            (
                "{doi} đội bóng đến từ các doanh nghiệp, cơ quan đã tranh tài sôi nổi tại "
                "giải bóng đá công nhân, viên chức, lao động do Công đoàn tổ chức ở {place}."
            ),
            (
                "Sau hai tuần tranh tài sôi nổi, đội bóng {cty.full} đã giành chức vô địch "
                "giải bóng đá công nhân với chiến thắng {ban_thang}-{ban_thua} trong trận "
                "chung kết."
            ),
        ),
        openings=(
            (
                "{Buoi}, giải bóng đá công nhân, viên chức, lao động khu vực {place} năm "
                "{nam} đã khai mạc với sự tham gia của {doi} đội bóng. Các trận đấu diễn ra "
                "vào buổi tối và cuối tuần để không ảnh hưởng đến sản xuất."
            ),
            (
                "Tiếng trống, tiếng cổ vũ vang rộn sân cỏ nhân tạo ở {place} suốt những buổi "
                "tối vừa qua, khi các đội bóng công nhân bước vào vòng chung kết giải bóng "
                "đá do Công đoàn tổ chức."
            ),
        ),
        paragraphs=(
            (
                "Các cầu thủ đều là công nhân, kỹ sư, nhân viên văn phòng, ban ngày làm "
                "việc, buổi tối tranh thủ ra sân tập luyện. Dù không chuyên nghiệp, nhiều "
                "trận đấu diễn ra hấp dẫn, kịch tính, thể hiện tinh thần thi đấu cao thượng."
            ),
            (
                "!Trong trận chung kết, đội bóng {cty.full} thắng đội {cty2.name} với tỷ số "
                "{ban_thang}-{ban_thua}, giành chức vô địch. Tiền đạo {nam_gioi.name}, công "
                "nhân tổ cơ điện, giành danh hiệu Vua phá lưới."
            ),
            (
                "“Anh em chủ yếu tập vào buổi tối sau giờ làm, có hôm tăng ca về muộn vẫn ra "
                "sân. Chức vô địch là món quà tinh thần rất lớn với cả công ty”, anh "
                "{nam_gioi.ten} chia sẻ."
            ),
            (
                "Theo {a.ong} {a.name}, Trưởng ban tổ chức giải, số đội đăng ký năm nay tăng "
                "so với mọi năm. Nhiều doanh nghiệp hỗ trợ trang phục, kinh phí đi lại và bố "
                "trí ca làm việc để cầu thủ yên tâm thi đấu."
            ),
        ),
        captions=(
            "Pha tranh bóng trong trận đấu của giải bóng đá công nhân ở {place}.",
            "Đội bóng {cty.full} nâng cúp vô địch.",
        ),
    ),
    Seed(
        key="giai-chay",
        count=3,
        tags=(
            "chạy bộ",
            "giải chạy",
            "sức khỏe",
            "Mái ấm Công đoàn",
        ),
        nums={"vdv": "1200-4000/100"},
        picks={"cu_ly": "5km|10km|21km"},
        titles=(
            "Hơn {vdv} người tham gia giải chạy “Vì người lao động” ở {place}",
            "Giải chạy gây quỹ “Mái ấm Công đoàn” thu hút đông đảo công nhân {place}",
            "Công nhân, viên chức ở {place} chạy bộ vì đồng nghiệp khó khăn",
        ),
        leads=(
            (
                "Hơn {vdv} vận động viên là công nhân, viên chức, người lao động đã tham gia "
                "giải chạy “Vì người lao động”; tiền đăng ký được dùng để hỗ trợ xây “Mái ấm "
                "Công đoàn”."
            ),
            (
                "Giải chạy do Công đoàn tổ chức ở {place} không chỉ khuyến khích rèn luyện "
                "sức khỏe mà còn gây quỹ giúp đỡ đoàn viên có hoàn cảnh khó khăn về nhà ở."
            ),
        ),
        openings=(
            (
                "Từ 5 giờ 30 sáng {ngay}, hơn {vdv} vận động viên đã có mặt tại vạch xuất "
                "phát ở {place}. Giải có các cự ly 5km, 10km và 21km, đi qua nhiều tuyến "
                "đường rợp bóng cây."
            ),
            (
                "Giải chạy “Vì người lao động” năm nay ở {place} được tổ chức với mục tiêu "
                "kép: lan tỏa phong trào rèn luyện thể thao và gây quỹ xây “Mái ấm Công "
                "đoàn” cho đoàn viên khó khăn."
            ),
        ),
        paragraphs=(
            (
                "Nhiều doanh nghiệp đăng ký theo đoàn với đồng phục rực rỡ. Đoàn đông nhất "
                "là {cty.full} với hơn 200 vận động viên. Không ít người lần đầu chạy cự ly "
                "{cu_ly}, được đồng nghiệp động viên suốt chặng đường."
            ),
            (
                "{nu.Anh} {nu.name}, công nhân {cty.full}, hoàn thành cự ly {cu_ly} sau "
                "nhiều tuần tập luyện. “Lúc đầu tôi nghĩ mình không chạy nổi. Nhưng mọi "
                "người cùng chạy, cùng cổ vũ nên cứ thế về đích. Vui nhất là biết tiền đăng "
                "ký của mình góp vào xây nhà cho đồng nghiệp”, {nu.anh} {nu.ten} nói."
            ),
            (
                "Ban tổ chức bố trí các trạm tiếp nước, trạm y tế dọc đường chạy và lực "
                "lượng hướng dẫn giao thông tại các điểm giao cắt để bảo đảm an toàn cho vận "
                "động viên."
            ),
            (
                "Toàn bộ số tiền thu được sau khi trừ chi phí tổ chức sẽ được chuyển vào quỹ "
                "“Mái ấm Công đoàn”, hỗ trợ xây mới, sửa chữa nhà cho đoàn viên có hoàn cảnh "
                "khó khăn."
            ),
        ),
        captions=(
            "Vận động viên xuất phát tại giải chạy “Vì người lao động” ở {place}.",
            "Công nhân {cty.name} về đích cự ly {cu_ly}.",
        ),
    ),
    Seed(
        key="hoi-thao",
        count=3,
        tags=(
            "hội thao",
            "thể thao công nhân",
            "trò chơi dân gian",
            "công đoàn",
        ),
        nums={"vdv": "400-1200/50", "don_vi": "15-40"},
        titles=(
            "Hội thao công nhân khu vực {place} thu hút {vdv} vận động viên",
            "Kéo co, nhảy bao bố: hội thao công nhân ở {place} rộn tiếng cười",
            "Hội thao công nhân, viên chức, lao động ở {place}: vui, khỏe, gắn kết",
        ),
        leads=(
            (
                "{vdv} vận động viên đến từ {don_vi} đơn vị đã tranh tài ở các môn kéo co, "
                "nhảy bao bố, chạy tiếp sức, cầu lông tại hội thao công nhân, viên chức, lao "
                "động do Công đoàn tổ chức."
            ),
            (
                "Các trò chơi dân gian như kéo co, nhảy bao bố, đi cà kheo tại hội thao đã "
                "mang lại những giờ phút thư giãn, gắn kết cho công nhân sau những ngày làm "
                "việc vất vả."
            ),
        ),
        openings=(
            (
                "{Buoi}, hội thao công nhân, viên chức, lao động khu vực {place} năm {nam} "
                "đã khai mạc với sự tham gia của {vdv} vận động viên đến từ {don_vi} đơn vị."
            ),
            (
                "Sân vận động ở {place} {buoi} rộn ràng tiếng trống, tiếng hò reo cổ vũ. Các "
                "đội thi mặc đồng phục doanh nghiệp, mang theo băng rôn, khẩu hiệu tự làm."
            ),
        ),
        paragraphs=(
            (
                "Nội dung được chờ đợi nhất là kéo co. Các đội dồn hết sức, hàng trăm cổ "
                "động viên đứng kín hai bên đường biên. Đội kéo co nữ của {cty.full} gây bất "
                "ngờ khi lần lượt vượt qua các đối thủ mạnh để giành ngôi vô địch."
            ),
            (
                "{nu.Anh} {nu.name}, thành viên đội kéo co của {cty.name}, cười tươi: “Chúng "
                "tôi làm cùng một chuyền, ngày nào cũng gặp nhau nhưng hôm nay mới thấy đồng "
                "đội gắn bó thế nào. Giải thưởng không lớn nhưng cả đội vui lắm”."
            ),
            (
                "Ngoài các môn dân gian, hội thao còn có cầu lông, bóng bàn, chạy tiếp sức, "
                "thu hút nhiều cán bộ, viên chức, kỹ sư tham gia. Các trận đấu diễn ra sôi "
                "nổi, trung thực, đúng tinh thần thể thao."
            ),
            (
                "Theo {a.ong} {a.name}, đại diện Ban tổ chức, hội thao được tổ chức vào ngày "
                "nghỉ để công nhân các ca đều tham gia được. Nhiều doanh nghiệp hỗ trợ kinh "
                "phí, trang phục và xe đưa đón vận động viên."
            ),
        ),
        captions=(
            "Nội dung kéo co tại hội thao công nhân ở {place}.",
            "Vận động viên tranh tài nội dung nhảy bao bố.",
        ),
    ),
)
