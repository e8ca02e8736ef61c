"""Demo stories for Xã hội. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "xa-hoi"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Chính quyền địa phương cho biết sẽ tiếp tục lắng nghe ý kiến người dân, điều chỉnh "
        "cách làm cho phù hợp với thực tế."
    ),
    (
        "Theo các chuyên gia, để những mô hình này bền vững, cần sự chung tay của chính "
        "quyền, doanh nghiệp, các đoàn thể và chính mỗi người dân."
    ),
)

SEEDS = (
    Seed(
        key="nha-o-xa-hoi",
        count=3,
        tags=(
            "nhà ở xã hội",
            "công nhân",
            "nhà ở",
            "Hà Nội",
        ),
        nums={"can": "300-1500/10", "gia": "18-25", "dt": "55-70"},
        titles=(
            "Dự án nhà ở xã hội {can} căn ở {ngoai} nhận hồ sơ, ưu tiên công nhân",
            "Công nhân xếp hàng nộp hồ sơ mua nhà ở xã hội ở {ngoai}",
            "Nhà ở xã hội cho công nhân ở {ngoai}: cầu nhiều, cung vẫn ít",
        ),
        leads=(
            (
                "Dự án nhà ở xã hội với {can} căn hộ tại {ngoai} đã bắt đầu nhận hồ sơ, giá "
                "bán dự kiến khoảng {gia} triệu đồng/m²; công nhân khu công nghiệp thuộc "
                "nhóm được ưu tiên."
            ),
            (
                "Vừa thông báo nhận hồ sơ, dự án nhà ở xã hội ở {ngoai} đã thu hút đông đảo "
                "công nhân, người lao động có thu nhập thấp đến tìm hiểu, đăng ký."
            ),
        ),
        openings=(
            (
                "{Buoi}, chủ đầu tư dự án nhà ở xã hội tại {ngoai} bắt đầu nhận hồ sơ đăng "
                "ký mua, thuê mua. Dự án có {can} căn hộ, diện tích từ 35 đến {dt}m²."
            ),
            (
                "Ngay từ sáng sớm, khu vực nhận hồ sơ của dự án nhà ở xã hội ở {ngoai} đã có "
                "hàng trăm người chờ đợi, phần lớn là công nhân các khu công nghiệp lân cận "
                "và viên chức trẻ."
            ),
        ),
        paragraphs=(
            (
                "Theo chủ đầu tư, giá bán dự kiến khoảng {gia} triệu đồng/m², thấp hơn nhiều "
                "so với nhà ở thương mại cùng khu vực. Người mua phải đáp ứng điều kiện về "
                "thu nhập, chưa có nhà ở hoặc có nhà nhưng diện tích bình quân đầu người "
                "thấp."
            ),
            (
                "{a.Anh} {a.name}, công nhân {cty.full}, cho biết hai vợ chồng đã thuê trọ "
                "gần mười năm. “Nghe tin có dự án gần chỗ làm, tôi xin nghỉ buổi sáng để đến "
                "nộp hồ sơ. Nếu được mua, con cái sẽ có chỗ ở ổn định”, {a.anh} {a.ten} nói."
            ),
            (
                "Nhiều người lao động vẫn băn khoăn về thủ tục xác nhận điều kiện thu nhập, "
                "nhà ở và khả năng vay vốn. Đại diện chủ đầu tư cho biết đã bố trí bộ phận "
                "hướng dẫn; người mua có thể nộp hồ sơ trực tuyến để giảm thời gian chờ đợi."
            ),
            (
                "Theo khảo sát của Công đoàn, nhu cầu nhà ở của công nhân tại Hà Nội rất "
                "lớn, trong khi số căn nhà ở xã hội hoàn thành mỗi năm còn hạn chế. Công "
                "đoàn kiến nghị dành quỹ đất gần các khu công nghiệp để phát triển nhà cho "
                "thuê phù hợp với thu nhập của công nhân."
            ),
            (
                "Việc xét duyệt hồ sơ sẽ được thực hiện công khai; trường hợp số hồ sơ hợp "
                "lệ vượt số căn hộ, chủ đầu tư sẽ tổ chức bốc thăm dưới sự giám sát của cơ "
                "quan chức năng."
            ),
        ),
        endings=(
            (
                "Theo các chuyên gia, để công nhân thực sự tiếp cận được nhà ở xã hội, cần "
                "đơn giản hóa thủ tục xác nhận điều kiện, đồng thời phát triển thêm loại "
                "hình nhà cho thuê với giá phù hợp."
            ),
        ),
        captions=(
            "Người lao động tìm hiểu thông tin dự án nhà ở xã hội tại {ngoai}.",
            "Dự án nhà ở xã hội đang được hoàn thiện.",
        ),
    ),
    Seed(
        key="cap-cuu",
        count=3,
        tags=(
            "y tế",
            "bệnh viện",
            "tai nạn lao động",
            "an toàn lao động",
        ),
        nums={"gio": "3-7", "ca": "50-300/10"},
        titles=(
            "{bv.name} cứu sống công nhân bị tai nạn lao động nguy kịch",
            "{bv.name}: phẫu thuật thành công ca đa chấn thương nặng",
            "Bác sĩ {bv.name} xuyên đêm giành lại sự sống cho nam công nhân",
        ),
        leads=(
            (
                "Sau ca phẫu thuật kéo dài {gio} giờ, các bác sĩ {bv.name} đã cứu sống một "
                "nam công nhân bị đa chấn thương nặng do ngã từ giàn giáo."
            ),
            (
                "Nhờ phối hợp nhịp nhàng giữa các chuyên khoa, {bv.name} đã cứu sống một "
                "công nhân bị tai nạn lao động nguy kịch ngay tại chỗ, không phải chuyển lên "
                "tuyến trên."
            ),
        ),
        openings=(
            (
                "Theo {bv.name}, bệnh nhân là {nam_gioi.anh} {nam_gioi.tat} ({nam_gioi.tuoi} "
                "tuổi, quê {que}), công nhân xây dựng, bị ngã từ giàn giáo cao khoảng 6m khi "
                "đang làm việc. Người bệnh được đưa vào viện trong tình trạng hôn mê, mất "
                "máu nhiều."
            ),
            (
                "Ngay khi tiếp nhận bệnh nhân {nam_gioi.tat} ({nam_gioi.tuoi} tuổi) bị tai "
                "nạn lao động, {bv.name} đã kích hoạt quy trình báo động đỏ, huy động các "
                "bác sĩ ngoại khoa, gây mê hồi sức và chẩn đoán hình ảnh cùng vào cuộc."
            ),
        ),
        paragraphs=(
            (
                "Kết quả chụp cắt lớp cho thấy bệnh nhân bị chấn thương sọ não, vỡ lách và "
                "gãy nhiều xương sườn. Các bác sĩ quyết định phẫu thuật cấp cứu; kíp mổ làm "
                "việc liên tục {gio} giờ để cầm máu, xử lý tổn thương."
            ),
            (
                "Bác sĩ {a.name}, người trực tiếp phẫu thuật, cho biết: “Đây là ca bệnh rất "
                "nặng, chỉ chậm vài chục phút có thể không giữ được tính mạng. Nhờ sơ cứu "
                "ban đầu tốt và quy trình báo động đỏ vận hành trơn tru nên người bệnh có cơ "
                "hội sống”."
            ),
            (
                "Sau phẫu thuật, sức khỏe của bệnh nhân đã dần ổn định, tỉnh táo, ăn uống "
                "được. Dự kiến người bệnh sẽ được xuất viện trong vài tuần tới."
            ),
            (
                "Từ đầu năm đến nay, bệnh viện đã tiếp nhận khoảng {ca} ca cấp cứu do tai "
                "nạn lao động, phần lớn là lao động ngành xây dựng, cơ khí. Nhiều trường hợp "
                "để lại di chứng nặng nề."
            ),
            (
                "Qua trường hợp này, các bác sĩ khuyến cáo người sử dụng lao động phải trang "
                "bị đầy đủ dây an toàn, lan can, lưới chống rơi khi làm việc trên cao; người "
                "lao động tuyệt đối không chủ quan, không làm việc khi đã uống rượu bia hoặc "
                "đang mệt mỏi."
            ),
        ),
        endings=(
            (
                "Bệnh viện khuyến cáo khi xảy ra tai nạn lao động, người xung quanh cần gọi "
                "ngay cấp cứu 115, không tự ý di chuyển nạn nhân nếu nghi ngờ chấn thương "
                "cột sống."
            ),
        ),
        captions=(
            "Các bác sĩ {bv.name} thăm khám cho bệnh nhân sau phẫu thuật.",
            "Kíp mổ cấp cứu của {bv.name}.",
        ),
    ),
    Seed(
        key="truong-moi",
        count=3,
        tags=(
            "giáo dục",
            "trường học",
            "học sinh",
            "Hà Nội",
        ),
        nums={"lop": "24-45", "hs": "900-1800/10", "ty": "80-250/5"},
        titles=(
            "Khánh thành trường học mới {lop} phòng học ở {place}, giảm tải sĩ số",
            "Trường mới khang trang, học sinh {place} không còn phải học ca",
            "Thêm trường học đạt chuẩn, phụ huynh {place} bớt lo chỗ học cho con",
        ),
        leads=(
            (
                "Ngôi trường mới với {lop} phòng học, tổng vốn đầu tư khoảng {ty} tỷ đồng "
                "vừa được đưa vào sử dụng tại {place}, đáp ứng nhu cầu học tập của khoảng "
                "{hs} học sinh."
            ),
            (
                "Việc đưa trường học mới vào sử dụng giúp giảm áp lực sĩ số cho các trường "
                "lân cận, học sinh {place} được học trong điều kiện tốt hơn."
            ),
        ),
        openings=(
            (
                "{Buoi}, chính quyền ở {place} tổ chức lễ khánh thành và đưa vào sử dụng "
                "trường học mới với {lop} phòng học cùng phòng bộ môn, nhà thể chất và thư "
                "viện hiện đại."
            ),
            (
                "Nhiều năm qua, do dân số tăng nhanh, các trường học ở {place} luôn trong "
                "tình trạng quá tải, có lớp lên tới hơn 50 học sinh. Ngôi trường mới vừa "
                "hoàn thành đã phần nào giải tỏa áp lực này."
            ),
        ),
        paragraphs=(
            (
                "Trường được xây dựng theo tiêu chuẩn trường đạt chuẩn quốc gia, có phòng "
                "học thông minh, phòng tin học, phòng học ngoại ngữ và sân chơi rộng rãi. "
                "Tổng mức đầu tư khoảng {ty} tỷ đồng từ ngân sách thành phố."
            ),
            (
                "{nu.Anh} {nu.name}, phụ huynh có con học lớp 3, chia sẻ: “Trước đây con "
                "phải học ở trường cách nhà gần 4km, lớp đông nên cô giáo cũng vất vả. Giờ "
                "trường mới ngay gần nhà, lớp học rộng, thoáng, phụ huynh ai cũng mừng”."
            ),
            (
                "Theo {a.ong} {a.name}, Hiệu trưởng nhà trường, đội ngũ giáo viên đã được bố "
                "trí đủ theo định mức; nhà trường sẽ tập trung đổi mới phương pháp dạy học, "
                "tăng cường hoạt động trải nghiệm, ngoại khóa cho học sinh."
            ),
            (
                "Cùng với trường học mới, thành phố đang triển khai nhiều dự án xây dựng, "
                "cải tạo trường lớp ở các khu vực có mật độ dân cư cao, phấn đấu giảm dần "
                "tình trạng lớp học vượt sĩ số."
            ),
        ),
        endings=(
            (
                "Với cơ sở vật chất mới, nhà trường đặt mục tiêu nâng cao chất lượng dạy và "
                "học, xứng đáng với sự đầu tư của thành phố và kỳ vọng của phụ huynh."
            ),
        ),
        captions=(
            "Học sinh trong ngày đầu học tập tại ngôi trường mới ở {place}.",
            "Một phòng học thông minh của trường.",
        ),
    ),
)
